import GRDB

/// An `INSERT` of many rows a statement, `VALUES (…), (…), …`, for bulk writes.
///
/// Running a statement has a fixed cost besides the row it writes: starting the
/// statement's transaction, opening (and zeroing) a cursor on each B-tree, halting and
/// resetting. For the registry's narrow rows that cost was most of an insert (see
/// `docs/performance.md`); a statement of many rows pays it once for all of them.
///
/// Statements are prepared once for each row count used, at most ``maxRows``.
final class SQLiteMultiRowInsert {
    /// Most rows a statement.
    let maxRows: Int
    private let db: Database
    private let prefix: String
    private let suffix: String
    private let columnCount: Int
    private var statements: [Int: SQLiteBulkStatement] = [:]

    /// - Parameters:
    ///   - table: the table's name.
    ///   - columns: its columns, as SQL (`a, b, c`), in the order rows are bound.
    ///   - suffix: SQL after the `VALUES` list (an `ON CONFLICT` or `RETURNING` clause).
    ///   - maxRows: most rows a statement; `maxRows` times the number of columns must stay
    ///     within SQLite's limit on parameters (32,766).
    init(_ db: Database, table: String, columns: String, suffix: String = "", maxRows: Int) {
        let columnCount = columns.split(separator: ",").count
        precondition(maxRows * columnCount <= 32_766, "more parameters than SQLite allows a statement")
        self.db = db
        self.maxRows = maxRows
        self.columnCount = columnCount
        prefix = "INSERT INTO \(table) (\(columns)) VALUES "
        self.suffix = suffix
    }

    /// Inserts `count` rows (at most ``maxRows``): `bind` binds row `row`'s values through
    /// `Parameters`, which numbers them from the row's first parameter.
    ///
    /// - Parameter returning: called with each integer the statement's `RETURNING` clause returns.
    func insert(
        count: Int, returning: (Int64) -> Void = { _ in }, bind: (_ row: Int, _ parameters: Parameters) throws -> Void
    ) throws {
        precondition(count > 0 && count <= maxRows)
        let statement = try self.statement(rows: count)
        for row in 0..<count {
            try bind(row, Parameters(statement, first: Int32(row * columnCount + 1)))
        }
        try statement.run(eachInteger: returning)
    }

    /// Binds one row's values, from the row's first parameter on.
    struct Parameters {
        private let statement: SQLiteBulkStatement
        private let first: Int32

        /// The parameters of `statement` from `first` on: by default all of them, for a one-row statement.
        init(_ statement: SQLiteBulkStatement, first: Int32 = 1) {
            self.statement = statement
            self.first = first
        }

        /// Binds a whole row of a batch, its values where they are in `bytes`.
        func bind(_ row: ArraySlice<BoundValue>, in bytes: UnsafeRawPointer) {
            var column = first
            for value in row {
                statement.bind(column, value, in: bytes)
                column += 1
            }
        }
    }

    private func statement(rows: Int) throws -> SQLiteBulkStatement {
        if let statement = statements[rows] { return statement }
        let row = "(" + Array(repeating: "?", count: columnCount).joined(separator: ", ") + ")"
        let sql = prefix + Array(repeating: row, count: rows).joined(separator: ", ") + " " + suffix
        let statement = try SQLiteBulkStatement(db, sql: sql)
        statements[rows] = statement
        return statement
    }
}
