import ConfidantStore
import GRDB

/// Writes patients' rows with prepared statements, inside a caller's transaction.
///
/// Statements are prepared once per import and bound per row through SQLite's C
/// API (``SQLiteBulkStatement``), which is what makes bulk import fast (see
/// `docs/performance.md`).
final class SQLitePatientWriter {
    private let insertMain: SQLiteMultiRowInsert
    /// Into a registry that was empty when the import began: main rows without `ON CONFLICT …
    /// RETURNING`, which collects every returned number in a temporary table of SQLite's and
    /// reads it back. A number can then be stored only by this import, if the source repeats
    /// it; the first statement that meets one fails, SQLite undoes that statement alone, and
    /// from then on every chunk takes ``insertMain``. `nil` when the registry held patients.
    private var insertFresh: SQLiteMultiRowInsert?
    private let replaceMain: SQLiteBulkStatement
    private let insertName: SQLiteMultiRowInsert
    private let insertAddress: SQLiteMultiRowInsert
    private let insertObjection: SQLiteMultiRowInsert
    private let insertUsage: SQLiteMultiRowInsert
    private let deleteChildren: [SQLiteBulkStatement]
    private let blocks: TraceBlockWriter
    /// Blocking keys are collected and filed in key order at the end (``finish()``), so
    /// each bucket of `trace_block` is written once, in rowid order.
    private let keys = BlockingKeySorter()

    /// Patients a main-row statement, and child rows a child-table statement.
    private static let patientsAStatement = 32
    private static let childRowsAStatement = 64

    init(_ db: Database) throws {
        let main = SQLitePatientReader.mainColumns
        insertMain = SQLiteMultiRowInsert(
            db, table: "patient", columns: "\(main), trace_profile",
            suffix: "ON CONFLICT (nhs_number) DO NOTHING RETURNING nhs_number", maxRows: Self.patientsAStatement)
        let empty = try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM patient)") ?? false)
        insertFresh =
            empty
            ? SQLiteMultiRowInsert(
                db, table: "patient", columns: "\(main), trace_profile", maxRows: Self.patientsAStatement)
            : nil
        replaceMain = try SQLiteBulkStatement(
            db,
            sql: """
                UPDATE patient SET birth_date = ?2, gender = ?3, death_date = ?4, gp_practice = ?5,
                registered_on = ?6, phone = ?7, email = ?8, security_label = ?9, trace_profile = ?10
                WHERE nhs_number = ?1
                """)
        let rows = Self.childRowsAStatement
        insertName = SQLiteMultiRowInsert(
            db, table: "patient_name", columns: SQLitePatientReader.nameColumns, maxRows: rows)
        insertAddress = SQLiteMultiRowInsert(
            db, table: "patient_address", columns: SQLitePatientReader.addressColumns, maxRows: rows)
        insertObjection = SQLiteMultiRowInsert(
            db, table: "patient_objection", columns: SQLitePatientReader.objectionColumns,
            maxRows: rows)
        insertUsage = SQLiteMultiRowInsert(
            db, table: "service_usage", columns: SQLitePatientReader.usageColumns, maxRows: rows)
        deleteChildren = try ["patient_name", "patient_address", "patient_objection", "service_usage"].map {
            try SQLiteBulkStatement(db, sql: "DELETE FROM \($0) WHERE nhs_number = ?")
        }
        blocks = try TraceBlockWriter(db)
    }

    /// Files the staged blocking keys; call once, after the last patient, inside the same transaction.
    ///
    /// A patient merged twice in one import may leave a superseded key filed too; it only
    /// makes the tracer score that patient's (current) profile once more.
    func finish() throws {
        try blocks.file(keys)
    }

    /// Inserts the patients not yet stored, writing nothing for the others.
    ///
    /// Patients are inserted ``patientsAStatement`` to a statement, and their child rows
    /// likewise, in order.
    ///
    /// - Returns: the positions in `batch` (counted from 0) of the patients whose NHS number
    ///   was already stored, or came earlier in `batch`, for the caller to merge and ``replace(_:oldKeys:)``.
    func insertNew(_ batch: BoundRows) throws -> [Int] {
        try batch.bytes.storage.withUnsafeBytes { bytes in
            // Never nil: every batch holds at least one profile blob.
            let bytes = bytes.baseAddress!
            var stored: [Int] = []
            var inserted = Set<Int64>()
            var start = 0
            while start < batch.count {
                let end = min(start + Self.patientsAStatement, batch.count)
                try insert(start..<end, of: batch, bytes: bytes, inserted: &inserted, stored: &stored)
                start = end
            }
            return stored
        }
    }

    /// Replaces a stored patient's record with `rows`, a batch of one (already merged with what was stored).
    ///
    /// Only the blocking keys that changed are touched: each removal rewrites a bucket of
    /// the index, and a typical update (a new address) leaves most keys as they were.
    ///
    /// - Parameter oldKeys: the stored record's keys; those no longer in `rows` are removed.
    func replace(_ rows: BoundRows, oldKeys: [Int64]) throws {
        precondition(rows.count == 1, "a replacement is one patient")
        let number = rows.numbers[0]
        try rows.bytes.storage.withUnsafeBytes { bytes in
            let bytes = bytes.baseAddress!
            SQLiteMultiRowInsert.Parameters(replaceMain).bind(rows.main.row(0), in: bytes)
            try replaceMain.run()
            for statement in deleteChildren {
                statement.bind(1, number)
                try statement.run()
            }
            try insertChildren(of: CollectionOfOne(0), of: rows, bytes: bytes)
        }
        // About a dozen keys each, so a linear search beats building sets.
        let newKeys = rows.keys(of: 0)
        for key in oldKeys where !newKeys.contains(key) {
            try blocks.remove(key: key, nhsNumber: number)
        }
        try keys.append(keys: newKeys.filter { !oldKeys.contains($0) }, nhsNumber: number)
    }

    /// One chunk of a batch: its main rows in one statement, then the children of those it inserted.
    private func insert(
        _ chunk: Range<Int>, of batch: BoundRows, bytes: UnsafeRawPointer,
        inserted: inout Set<Int64>, stored: inout [Int]
    ) throws {
        if try insertAllFresh(chunk, of: batch, bytes: bytes) {
            try insertChildren(of: chunk, of: batch, bytes: bytes)
            try stageKeys(of: chunk, of: batch)
            return
        }
        inserted.removeAll(keepingCapacity: true)
        try insertMain.insert(
            count: chunk.count,
            returning: { inserted.insert($0) },
            bind: { row, parameters in parameters.bind(batch.main.row(chunk.lowerBound + row), in: bytes) }
        )
        var new: [Int] = []
        for position in chunk {
            // A number twice in the chunk was inserted for its first place only, hence `remove`.
            if inserted.remove(batch.numbers[position]) != nil {
                new.append(position)
            } else {
                stored.append(position)
            }
        }
        try insertChildren(of: new, of: batch, bytes: bytes)
        try stageKeys(of: new, of: batch)
    }

    /// Inserts the chunk's main rows with ``insertFresh``, if the registry started empty and
    /// no number has repeated yet.
    ///
    /// - Returns: whether every row was inserted; `false` leaves the chunk unwritten.
    private func insertAllFresh(_ chunk: Range<Int>, of batch: BoundRows, bytes: UnsafeRawPointer) throws -> Bool {
        guard let insertFresh else { return false }
        do {
            try insertFresh.insert(count: chunk.count) { row, parameters in
                parameters.bind(batch.main.row(chunk.lowerBound + row), in: bytes)
            }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            // A repeated number (or a row the schema refuses, which the other statement reports
            // in turn): SQLite has undone this statement, and the transaction goes on.
            self.insertFresh = nil
            return false
        }
    }

    /// Stages the blocking keys of newly inserted patients, to be filed by ``finish()``.
    private func stageKeys(of positions: some Collection<Int>, of batch: BoundRows) throws {
        for position in positions {
            try keys.append(keys: batch.keys(of: position), nhsNumber: batch.numbers[position])
        }
    }

    /// Inserts the names, addresses, objections and usage of the patients at `positions`.
    private func insertChildren(
        of positions: some Collection<Int>, of batch: BoundRows, bytes: UnsafeRawPointer
    ) throws {
        try insertRows(of: positions, from: batch.names, into: insertName, bytes: bytes)
        try insertRows(of: positions, from: batch.addresses, into: insertAddress, bytes: bytes)
        try insertRows(of: positions, from: batch.objections, into: insertObjection, bytes: bytes)
        try insertRows(of: positions, from: batch.usage, into: insertUsage, bytes: bytes)
    }

    /// Inserts the rows of `table` that belong to the patients at `positions`, as many to a
    /// statement as `insert` takes.
    private func insertRows(
        of positions: some Collection<Int>, from table: BoundTable, into insert: SQLiteMultiRowInsert,
        bytes: UnsafeRawPointer
    ) throws {
        var rows: [Int] = []
        for position in positions { rows.append(contentsOf: table.rows(of: position)) }
        var start = 0
        while start < rows.count {
            let count = min(insert.maxRows, rows.count - start)
            try insert.insert(count: count) { row, parameters in
                parameters.bind(table.row(rows[start + row]), in: bytes)
            }
            start += count
        }
    }
}
