import ConfidantStore
import ConfidantTrace
import GRDB
import GRDBSQLite

/// Reads the candidates filed under blocking keys, stepping cached statements through
/// SQLite's C API.
///
/// A key's patients are found in its bucket of `trace_block` (``TraceBlock``), read in
/// place and binary-searched; each patient's profile is then one primary-key lookup of
/// its row. A batch trace reads tens of thousands of profiles in one read transaction.
/// GRDB's `Row` copies every BLOB into a `Data` before it is decoded; here each decodes
/// straight from SQLite's buffer, which stays valid until the next step. The statements
/// are still prepared and cached by GRDB, and errors are GRDB's `DatabaseError`, which
/// ``SQLiteStore`` translates as usual.
struct SQLiteCandidateReader {
    private let block: Statement
    private let profile: Statement
    private let connection: OpaquePointer

    init(_ db: Database) throws {
        block = try db.cachedStatement(sql: SQLiteTraceIndex.blockSQL)
        profile = try db.cachedStatement(sql: SQLiteTraceIndex.profileSQL)
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database connection is closed")
        }
        self.connection = connection
    }

    /// For each key, its first `limitPerKey` profiles in index order (NHS number); a
    /// patient found under several keys is decoded once. Keys with nothing filed are absent.
    func profiles(forBlockingKeys keys: [Int64], limitPerKey: Int) throws -> [Int64: [TraceProfile]] {
        var decoded: [Int64: TraceProfile] = [:]
        var found: [Int64: [TraceProfile]] = [:]
        found.reserveCapacity(keys.count)
        for key in Set(keys) {
            var profiles: [TraceProfile] = []
            for nhsNumber in try nhsNumbers(forKey: key, limit: limitPerKey) {
                if let known = decoded[nhsNumber] {
                    profiles.append(known)
                } else if let profile = try profile(of: nhsNumber) {
                    decoded[nhsNumber] = profile
                    profiles.append(profile)
                }
            }
            if !profiles.isEmpty { found[key] = profiles }
        }
        return found
    }

    private func nhsNumbers(forKey key: Int64, limit: Int) throws -> [Int64] {
        let handle = block.sqliteStatement
        defer { sqlite3_reset(handle) }
        sqlite3_bind_int64(handle, 1, TraceBlock.bucket(of: key))
        guard try step(handle), let bytes = Self.blob(handle, column: 0) else { return [] }
        return try TraceBlock.nhsNumbers(forKey: key, in: bytes, limit: limit)
    }

    /// The patient's profile, or `nil` if the row is gone (the index is rewritten with the
    /// patient, in the same transaction, so only a damaged store could get here).
    private func profile(of nhsNumber: Int64) throws -> TraceProfile? {
        let handle = profile.sqliteStatement
        defer { sqlite3_reset(handle) }
        sqlite3_bind_int64(handle, 1, nhsNumber)
        guard try step(handle) else { return nil }
        return try SQLiteTraceIndex.profile(decoding: Self.blob(handle, column: 0))
    }

    /// Steps once: `true` for a row, `false` at the end.
    private func step(_ handle: OpaquePointer?) throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(stepping: code, on: connection)
        }
    }

    /// The BLOB in `column` of the current row, in place; `nil` for NULL (or an empty BLOB).
    private static func blob(_ handle: OpaquePointer?, column: Int32) -> UnsafeRawBufferPointer? {
        // Type first, then the pointer, then its length, as SQLite's documentation orders them.
        guard sqlite3_column_type(handle, column) == SQLITE_BLOB, let blob = sqlite3_column_blob(handle, column)
        else { return nil }
        return UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(handle, column)))
    }
}
