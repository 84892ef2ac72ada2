import GRDB
import GRDBSQLite

/// A prepared statement for bulk writes, bound and stepped through SQLite's C API.
///
/// GRDB's `execute(arguments:)` builds a `StatementArguments` of existentials and
/// notifies transaction observers for every row; for an import of millions of
/// rows inside one transaction neither is needed, and binding directly halves the
/// cost per row. The statement is still prepared and owned by GRDB, and errors are
/// GRDB's `DatabaseError`, which ``SQLiteStore`` translates as usual.
///
/// Bound text and blobs are copied into the statement's own ``BindArena`` and bound
/// without SQLite making a copy of its own (`SQLITE_STATIC`): SQLite would otherwise
/// allocate and free a buffer for every value, about twenty a patient.
struct SQLiteBulkStatement {
    private let statement: Statement
    private let connection: OpaquePointer
    private let arena = BindArena()

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database connection is closed")
        }
        self.connection = connection
    }

    /// Binds text (or NULL for `nil`) to the 1-based parameter `index`.
    func bind(_ index: Int32, _ value: String?) {
        guard var text = value else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        text.withUTF8 { bytes in
            let (pointer, destructor) = arena.hold(UnsafeRawBufferPointer(bytes))
            _ = sqlite3_bind_text(
                statement.sqliteStatement, index, pointer?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                destructor)
        }
    }

    /// Binds a blob (or NULL for `nil`) to the 1-based parameter `index`.
    func bind(_ index: Int32, _ value: [UInt8]?) {
        guard let value else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        value.withUnsafeBytes { bytes in
            let (pointer, destructor) = arena.hold(bytes)
            _ = sqlite3_bind_blob(statement.sqliteStatement, index, pointer, Int32(bytes.count), destructor)
        }
    }

    /// Binds a batch's value to the 1-based parameter `index`; text and blobs are bound where
    /// they are in `bytes`, which must stay put until the statement has run.
    func bind(_ index: Int32, _ value: BoundValue, in bytes: UnsafeRawPointer) {
        let handle = statement.sqliteStatement
        switch value.kind {
        case .null:
            sqlite3_bind_null(handle, index)
        case .integer:
            sqlite3_bind_int64(handle, index, value.payload)
        case .text:
            // A nil destructor is SQLITE_STATIC: SQLite reads the bytes in place, without a copy.
            _ = sqlite3_bind_text(
                handle, index, (bytes + Int(value.payload)).assumingMemoryBound(to: CChar.self), value.length, nil)
        case .blob:
            _ = sqlite3_bind_blob(handle, index, bytes + Int(value.payload), value.length, nil)
        }
    }

    /// Binds an integer to the 1-based parameter `index`.
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
    }

    /// Runs a query of one BLOB column and calls `body` with the first row's bytes, in
    /// place (valid only during the call), or with `nil` when there is no row or the value is NULL.
    func withFirstBlob<T>(_ body: (UnsafeRawBufferPointer?) throws -> T) throws -> T {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            // Type first, then the pointer, then its length, as SQLite's documentation orders them.
            guard sqlite3_column_type(handle, 0) == SQLITE_BLOB, let blob = sqlite3_column_blob(handle, 0) else {
                return try body(nil)
            }
            return try body(UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(handle, 0))))
        case SQLITE_DONE:
            return try body(nil)
        case let code:
            throw DatabaseError(stepping: code, on: connection)
        }
    }

    /// Runs the statement with the current bindings and calls `body` with the integer in the
    /// first column of each row it returns (an `INSERT … RETURNING`).
    func run(eachInteger body: (Int64) -> Void) throws {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            arena.reset()
        }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                body(sqlite3_column_int64(handle, 0))
            case SQLITE_DONE:
                return
            case let code:
                throw DatabaseError(stepping: code, on: connection)
            }
        }
    }

    /// Runs the statement with the current bindings.
    ///
    /// - Returns: the number of rows it changed.
    @discardableResult
    func run() throws -> Int {
        let code = sqlite3_step(statement.sqliteStatement)
        defer {
            sqlite3_reset(statement.sqliteStatement)
            arena.reset()
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(stepping: code, on: connection)
        }
        return Int(sqlite3_changes(connection))
    }
}

extension DatabaseError {
    /// What a failed `sqlite3_step` on `connection` returned: its result code and SQLite's
    /// message, as GRDB would report it.
    init(stepping code: Int32, on connection: OpaquePointer?) {
        self.init(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
    }
}

/// Tells SQLite to copy bound bytes, since Swift's buffer lives only during the call.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// Where a bulk statement's bound bytes live from binding until the statement has run.
///
/// Every parameter is bound again before each run, so once a run is over the arena is
/// reused from its start; the bindings left pointing into it are never read.
private final class BindArena {
    private let base: UnsafeMutableRawPointer
    private let capacity = 1 << 16
    private var used = 0

    init() {
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
    }

    deinit {
        base.deallocate()
    }

    /// Copies `bytes` into the arena and returns where, with the destructor that tells SQLite
    /// not to copy them again; for more than the arena has left, Swift's own buffer, which
    /// SQLite must copy (`SQLITE_TRANSIENT`).
    func hold(_ bytes: UnsafeRawBufferPointer) -> (UnsafeRawPointer?, sqlite3_destructor_type?) {
        guard let source = bytes.baseAddress, used + bytes.count <= capacity else {
            return (bytes.baseAddress, transient)
        }
        let destination = base + used
        destination.copyMemory(from: source, byteCount: bytes.count)
        used += bytes.count
        return (UnsafeRawPointer(destination), nil)
    }

    /// Forgets what the last run bound.
    func reset() {
        used = 0
    }
}
