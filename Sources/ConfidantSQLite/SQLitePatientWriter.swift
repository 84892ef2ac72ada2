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
    ///   was already stored, or came earlier in `batch`, for the caller to merge and ``replace(_:old:)``.
    func insertNew(_ batch: [PatientRows]) throws -> [Int] {
        var stored: [Int] = []
        var inserted = Set<Int64>()
        var start = 0
        while start < batch.count {
            let end = min(start + Self.patientsAStatement, batch.count)
            try insert(batch[start..<end], inserted: &inserted, stored: &stored)
            start = end
        }
        return stored
    }

    /// Replaces a stored patient's record with `rows` (already merged with what was stored).
    ///
    /// Only the blocking keys that changed are touched: each removal rewrites a bucket of
    /// the index, and a typical update (a new address) leaves most keys as they were.
    ///
    /// - Parameter old: the stored record's rows, whose keys no longer in `rows` are removed.
    func replace(_ rows: PatientRows, old: PatientRows) throws {
        try withUnsafePointer(to: rows) { try bindMain($0, SQLiteMultiRowInsert.Parameters(replaceMain)) }
        try replaceMain.run()
        for statement in deleteChildren {
            statement.bind(1, rows.main.nhsNumber)
            try statement.run()
        }
        // About a dozen keys each, so a linear search beats building sets.
        let oldKeys = old.trace?.keys ?? []
        let newKeys = rows.trace?.keys ?? []
        for key in oldKeys where !newKeys.contains(key) {
            try blocks.remove(key: key, nhsNumber: old.main.nhsNumber)
        }
        try insertChildren(of: [rows][...])
        try stage(newKeys.filter { !oldKeys.contains($0) }, of: rows.main.nhsNumber)
    }

    /// One chunk: its main rows in one statement, then the children of those it inserted.
    ///
    /// The chunk's indices are positions in the batch, as `stored` takes them.
    private func insert(
        _ chunk: ArraySlice<PatientRows>, inserted: inout Set<Int64>, stored: inout [Int]
    ) throws {
        inserted.removeAll(keepingCapacity: true)
        if try insertAllFresh(chunk) {
            try insertChildren(of: chunk)
            try stageKeys(of: chunk)
            return
        }
        // Rows are lent in place through a buffer pointer: `chunk[i]` would copy each patient's rows.
        try chunk.withUnsafeBufferPointer { rows in
            try insertMain.insert(
                count: rows.count,
                returning: { inserted.insert($0) },
                bind: { row, parameters in try bindMain(rows.baseAddress! + row, parameters) }
            )
        }
        var new = chunk
        if inserted.count < chunk.count {
            // Some were already stored. A number twice in the chunk was inserted for its first
            // place only, hence `remove`.
            var fresh: [PatientRows] = []
            for position in chunk.indices {
                if inserted.remove(chunk[position].main.nhsNumber) != nil {
                    fresh.append(chunk[position])
                } else {
                    stored.append(position)
                }
            }
            new = fresh[...]
        }
        try insertChildren(of: new)
        try stageKeys(of: new)
    }

    /// Inserts the chunk's main rows with ``insertFresh``, if the registry started empty and
    /// no number has repeated yet.
    ///
    /// - Returns: whether every row was inserted; `false` leaves the chunk unwritten.
    private func insertAllFresh(_ chunk: ArraySlice<PatientRows>) throws -> Bool {
        guard let insertFresh else { return false }
        do {
            try chunk.withUnsafeBufferPointer { rows in
                try insertFresh.insert(count: rows.count) { row, parameters in
                    try bindMain(rows.baseAddress! + row, parameters)
                }
            }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            // A repeated number (or a row the schema refuses, which the other statement reports
            // in turn): SQLite has undone this statement, and the transaction goes on.
            self.insertFresh = nil
            return false
        }
    }

    /// Stages the blocking keys of newly inserted patients.
    private func stageKeys(of rows: ArraySlice<PatientRows>) throws {
        // By index: `for rows in new` would copy each patient's rows, a retain of every array and string.
        for position in rows.indices {
            try stage(rows[position].trace?.keys ?? [], of: rows[position].main.nhsNumber)
        }
    }

    /// Stages one patient's blocking keys, to be filed by ``finish()``.
    private func stage(_ filed: [Int64], of nhsNumber: Int64) throws {
        try keys.append(keys: filed, nhsNumber: nhsNumber)
    }

    /// Inserts the patients' names, addresses, objections and usage.
    private func insertChildren(of patients: ArraySlice<PatientRows>) throws {
        try insertAll(of: patients, children: { $0.pointee.names }, into: insertName, bind: Self.bindName)
        try insertAll(of: patients, children: { $0.pointee.addresses }, into: insertAddress, bind: Self.bindAddress)
        try insertAll(
            of: patients, children: { $0.pointee.objections }, into: insertObjection, bind: Self.bindObjection)
        try insertAll(of: patients, children: { $0.pointee.usage }, into: insertUsage, bind: Self.bindUsage)
    }

    /// Inserts every patient's `children` rows, as many to a statement as `insert` takes.
    ///
    /// Rows are bound where they are, found by (patient, row) position through a buffer
    /// pointer: collecting (NHS number, row) pairs first, or subscripting the slice, copied
    /// every patient's rows.
    private func insertAll<Child>(
        of patients: ArraySlice<PatientRows>, children: (UnsafePointer<PatientRows>) -> [Child],
        into insert: SQLiteMultiRowInsert,
        bind: (Int64, Child, SQLiteMultiRowInsert.Parameters) throws -> Void
    ) throws {
        try patients.withUnsafeBufferPointer { patients in
            var positions: [(patient: Int, child: Int)] = []
            for patient in patients.indices {
                for child in children(patients.baseAddress! + patient).indices {
                    positions.append((patient, child))
                }
            }
            var start = 0
            while start < positions.count {
                let count = min(insert.maxRows, positions.count - start)
                try insert.insert(count: count) { row, parameters in
                    let (patient, child) = positions[start + row]
                    let rows = patients.baseAddress! + patient
                    try bind(rows.pointee.main.nhsNumber, children(rows)[child], parameters)
                }
                start += count
            }
        }
    }

    private static func bindName(_ id: Int64, _ name: PatientRows.Name, _ row: SQLiteMultiRowInsert.Parameters) {
        row.bind(1, id)
        row.bind(2, Int64(name.seq))
        row.bind(3, name.use)
        row.bind(4, name.given)
        row.bind(5, name.family)
        row.bind(6, name.periodStart)
        row.bind(7, name.periodEnd)
    }

    private static func bindAddress(
        _ id: Int64, _ address: PatientRows.AddressRow, _ row: SQLiteMultiRowInsert.Parameters
    ) {
        row.bind(1, id)
        row.bind(2, Int64(address.seq))
        for (offset, line) in address.lines.enumerated() {
            row.bind(Int32(3 + offset), line)
        }
        row.bind(7, address.postcode)
        row.bind(8, address.periodStart)
        row.bind(9, address.periodEnd)
    }

    private static func bindObjection(
        _ id: Int64, _ objection: PatientRows.ObjectionRow, _ row: SQLiteMultiRowInsert.Parameters
    ) {
        row.bind(1, id)
        row.bind(2, objection.kind)
        row.bind(3, objection.recordedOn)
    }

    private static func bindUsage(_ id: Int64, _ event: PatientRows.UsageRow, _ row: SQLiteMultiRowInsert.Parameters) {
        row.bind(1, id)
        row.bind(2, Int64(event.seq))
        row.bind(3, event.date)
        row.bind(4, event.site)
        row.bind(5, event.kind)
    }

    /// Binds one patient's main row, read through a pointer: a `PatientRows` passed by value
    /// was copied first, a retain and a release of every string and array it holds.
    private func bindMain(_ rows: UnsafePointer<PatientRows>, _ statement: SQLiteMultiRowInsert.Parameters) throws {
        statement.bind(1, rows.pointee.main.nhsNumber)
        statement.bind(2, rows.pointee.main.birthDate)
        statement.bind(3, rows.pointee.main.gender)
        statement.bind(4, rows.pointee.main.deathDate)
        statement.bind(5, rows.pointee.main.gpPractice)
        statement.bind(6, rows.pointee.main.registeredOn)
        statement.bind(7, rows.pointee.main.phone)
        statement.bind(8, rows.pointee.main.email)
        statement.bind(9, rows.pointee.main.securityLabel)
        statement.bind(10, try rows.pointee.trace?.profile ?? TraceRows(rows.pointee.patient()).profile)
    }
}
