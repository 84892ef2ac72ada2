import GRDB
import GRDBSQLite

/// A prepared statement for bulk writes, bound and stepped through SQLite's C API.
///
/// GRDB's `execute(arguments:)` builds a `StatementArguments` of existentials and
/// notifies transaction observers for every row; for an import of millions of
/// rows inside one transaction neither is needed, and binding directly halves the
/// cost per row. The statement is still prepared and owned by GRDB, and errors are
/// GRDB's `DatabaseError`, which ``SQLiteStore`` translates as usual.
struct SQLiteBulkStatement {
    private let statement: Statement
    private let connection: OpaquePointer

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
            _ = sqlite3_bind_text(
                statement.sqliteStatement, index,
                bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                Int32(bytes.count), transient)
        }
    }

    /// Binds a blob (or NULL for `nil`) to the 1-based parameter `index`.
    func bind(_ index: Int32, _ value: [UInt8]?) {
        guard let value else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        value.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(statement.sqliteStatement, index, bytes.baseAddress, Int32(bytes.count), transient)
        }
    }

    /// Binds an integer to the 1-based parameter `index`.
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
    }

    /// Runs the statement with the current bindings.
    ///
    /// - Returns: the number of rows it changed.
    @discardableResult
    func run() throws -> Int {
        let code = sqlite3_step(statement.sqliteStatement)
        defer { sqlite3_reset(statement.sqliteStatement) }
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        return Int(sqlite3_changes(connection))
    }
}

/// Tells SQLite to copy bound text, since Swift's buffer lives only during the call.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
