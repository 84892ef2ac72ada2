import ConfidantStore
import GRDB

/// Writes patients' rows with prepared statements, inside a caller's transaction.
///
/// Statements are prepared once per import and bound per row through SQLite's C
/// API (``SQLiteBulkStatement``), which is what makes bulk import fast (see
/// `docs/performance.md`).
struct SQLitePatientWriter {
    private let insertMain: SQLiteBulkStatement
    private let replaceMain: SQLiteBulkStatement
    private let insertName: SQLiteBulkStatement
    private let insertAddress: SQLiteBulkStatement
    private let insertObjection: SQLiteBulkStatement
    private let insertUsage: SQLiteBulkStatement
    private let deleteChildren: [SQLiteBulkStatement]
    private let blocks: TraceBlockWriter
    /// Blocking keys are collected and filed in key order at the end (``finish()``), so
    /// each bucket of `trace_block` is written once, in rowid order.
    private let keys = BlockingKeySorter()

    init(_ db: Database) throws {
        let main = SQLitePatientReader.mainColumns
        insertMain = try SQLiteBulkStatement(
            db,
            sql: """
                INSERT INTO patient (\(main), trace_profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (nhs_number) DO NOTHING
                """)
        replaceMain = try SQLiteBulkStatement(
            db,
            sql: """
                UPDATE patient SET birth_date = ?2, gender = ?3, death_date = ?4, gp_practice = ?5,
                registered_on = ?6, phone = ?7, email = ?8, security_label = ?9, trace_profile = ?10
                WHERE nhs_number = ?1
                """)
        insertName = try SQLiteBulkStatement(
            db, sql: "INSERT INTO patient_name (\(SQLitePatientReader.nameColumns)) VALUES (?, ?, ?, ?, ?, ?, ?)")
        insertAddress = try SQLiteBulkStatement(
            db,
            sql:
                "INSERT INTO patient_address (\(SQLitePatientReader.addressColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        insertObjection = try SQLiteBulkStatement(
            db, sql: "INSERT INTO patient_objection (\(SQLitePatientReader.objectionColumns)) VALUES (?, ?, ?)")
        insertUsage = try SQLiteBulkStatement(
            db, sql: "INSERT INTO service_usage (\(SQLitePatientReader.usageColumns)) VALUES (?, ?, ?, ?, ?)")
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

    /// Inserts the patient if new. Returns `false`, writing nothing, if the NHS number is already stored.
    func insertIfNew(_ rows: PatientRows) throws -> Bool {
        try bindMain(insertMain, rows)
        guard try insertMain.run() == 1 else { return false }
        try insertChildren(rows)
        return true
    }

    /// Replaces a stored patient's record with `rows` (already merged with what was stored).
    ///
    /// - Parameter old: the stored record's rows, whose blocking keys are removed.
    func replace(_ rows: PatientRows, old: PatientRows) throws {
        try bindMain(replaceMain, rows)
        try replaceMain.run()
        for statement in deleteChildren {
            statement.bind(1, rows.main.nhsNumber)
            try statement.run()
        }
        for key in old.trace?.keys ?? [] {
            try blocks.remove(key: key, nhsNumber: old.main.nhsNumber)
        }
        try insertChildren(rows)
    }

    private func insertChildren(_ rows: PatientRows) throws {
        let id = rows.main.nhsNumber
        for name in rows.names {
            insertName.bind(1, id)
            insertName.bind(2, Int64(name.seq))
            insertName.bind(3, name.use)
            insertName.bind(4, name.given)
            insertName.bind(5, name.family)
            insertName.bind(6, name.periodStart)
            insertName.bind(7, name.periodEnd)
            try insertName.run()
        }
        for address in rows.addresses {
            insertAddress.bind(1, id)
            insertAddress.bind(2, Int64(address.seq))
            for (offset, line) in address.lines.enumerated() {
                insertAddress.bind(Int32(3 + offset), line)
            }
            insertAddress.bind(7, address.postcode)
            insertAddress.bind(8, address.periodStart)
            insertAddress.bind(9, address.periodEnd)
            try insertAddress.run()
        }
        for objection in rows.objections {
            insertObjection.bind(1, id)
            insertObjection.bind(2, objection.kind)
            insertObjection.bind(3, objection.recordedOn)
            try insertObjection.run()
        }
        for event in rows.usage {
            insertUsage.bind(1, id)
            insertUsage.bind(2, Int64(event.seq))
            insertUsage.bind(3, event.date)
            insertUsage.bind(4, event.site)
            insertUsage.bind(5, event.kind)
            try insertUsage.run()
        }
        for key in rows.trace?.keys ?? [] {
            try keys.append(key: key, nhsNumber: id)
        }
    }

    private func bindMain(_ statement: SQLiteBulkStatement, _ rows: PatientRows) throws {
        let main = rows.main
        statement.bind(1, main.nhsNumber)
        statement.bind(2, main.birthDate)
        statement.bind(3, main.gender)
        statement.bind(4, main.deathDate)
        statement.bind(5, main.gpPractice)
        statement.bind(6, main.registeredOn)
        statement.bind(7, main.phone)
        statement.bind(8, main.email)
        statement.bind(9, main.securityLabel)
        statement.bind(10, try rows.trace?.profile ?? TraceRows(rows.patient()).profile)
    }
}
