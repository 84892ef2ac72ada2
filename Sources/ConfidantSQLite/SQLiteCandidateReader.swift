import ConfidantStore
import ConfidantTrace
import GRDB
import GRDBSQLite

/// Reads the candidates filed under blocking keys, stepping one cached statement through
/// SQLite's C API.
///
/// A batch trace reads tens of thousands of (NHS number, profile) rows in one read
/// transaction. GRDB's `Row` copies every profile BLOB into a `Data` before it is decoded;
/// here the profile decodes straight from SQLite's buffer, which stays valid until the
/// next step. The statement is still prepared and cached by GRDB, and errors are GRDB's
/// `DatabaseError`, which ``SQLiteStore`` translates as usual.
struct SQLiteCandidateReader {
    private let statement: Statement
    private let connection: OpaquePointer

    init(_ db: Database) throws {
        statement = try db.cachedStatement(sql: SQLiteTraceIndex.candidatesSQL)
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database connection is closed")
        }
        self.connection = connection
    }

    /// For each key, its first `limitPerKey` profiles in index order (NHS number); a
    /// patient found under several keys is decoded once. Keys with nothing filed are absent.
    func profiles(forBlockingKeys keys: [Int64], limitPerKey: Int) throws -> [Int64: [TraceProfile]] {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var decoded: [Int64: TraceProfile] = [:]
        var found: [Int64: [TraceProfile]] = [:]
        found.reserveCapacity(keys.count)
        for key in Set(keys) {
            sqlite3_reset(handle)
            sqlite3_bind_int64(handle, 1, key)
            sqlite3_bind_int64(handle, 2, Int64(limitPerKey))
            var profiles: [TraceProfile] = []
            while try step(handle) {
                let nhsNumber = sqlite3_column_int64(handle, 0)
                if let known = decoded[nhsNumber] {
                    profiles.append(known)
                    continue
                }
                let profile = try Self.profile(handle, column: 1)
                decoded[nhsNumber] = profile
                profiles.append(profile)
            }
            if !profiles.isEmpty { found[key] = profiles }
        }
        return found
    }

    /// Steps once: `true` for a row, `false` at the end.
    private func step(_ handle: OpaquePointer?) throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
    }

    /// Decodes the profile BLOB in `column` of the current row, in place.
    private static func profile(_ handle: OpaquePointer?, column: Int32) throws -> TraceProfile {
        // Type first, then the pointer, then its length, as SQLite's documentation orders them.
        let blob = sqlite3_column_type(handle, column) == SQLITE_BLOB ? sqlite3_column_blob(handle, column) : nil
        let bytes = blob.map {
            UnsafeBufferPointer(
                start: $0.assumingMemoryBound(to: UInt8.self), count: Int(sqlite3_column_bytes(handle, column)))
        }
        return try SQLiteTraceIndex.profile(decoding: bytes)
    }
}
