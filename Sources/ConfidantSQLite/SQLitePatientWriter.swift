import ConfidantStore
import GRDB

/// Writes patients' rows with prepared statements, inside a caller's transaction.
///
/// Statements are prepared once per import and bound per row, which is what makes
/// bulk import fast (see `docs/performance.md`).
struct SQLitePatientWriter {
    private let insertMain: Statement
    private let replaceMain: Statement
    private let insertName: Statement
    private let insertAddress: Statement
    private let insertObjection: Statement
    private let insertUsage: Statement
    private let deleteChildren: [Statement]

    init(_ db: Database) throws {
        let main = SQLitePatientReader.mainColumns
        insertMain = try db.makeStatement(
            sql: "INSERT INTO patient (\(main)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (nhs_number) DO NOTHING")
        replaceMain = try db.makeStatement(
            sql: """
                UPDATE patient SET birth_date = ?2, gender = ?3, death_date = ?4, gp_practice = ?5,
                registered_on = ?6, phone = ?7, email = ?8, security_label = ?9 WHERE nhs_number = ?1
                """)
        insertName = try db.makeStatement(
            sql: "INSERT INTO patient_name (\(SQLitePatientReader.nameColumns)) VALUES (?, ?, ?, ?, ?, ?, ?)")
        insertAddress = try db.makeStatement(
            sql: "INSERT INTO patient_address (\(SQLitePatientReader.addressColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        insertObjection = try db.makeStatement(
            sql: "INSERT INTO patient_objection (\(SQLitePatientReader.objectionColumns)) VALUES (?, ?, ?)")
        insertUsage = try db.makeStatement(
            sql: "INSERT INTO service_usage (\(SQLitePatientReader.usageColumns)) VALUES (?, ?, ?, ?, ?)")
        deleteChildren = try ["patient_name", "patient_address", "patient_objection", "service_usage"].map {
            try db.makeStatement(sql: "DELETE FROM \($0) WHERE nhs_number = ?")
        }
    }

    /// Inserts the patient if new. Returns `false`, writing nothing, if the NHS number is already stored.
    func insertIfNew(_ rows: PatientRows, _ db: Database) throws -> Bool {
        insertMain.setUncheckedArguments(Self.mainArguments(rows.main))
        try insertMain.execute()
        guard db.changesCount == 1 else { return false }
        try insertChildren(rows)
        return true
    }

    /// Replaces a stored patient's record with `rows` (already merged with what was stored).
    func replace(_ rows: PatientRows) throws {
        replaceMain.setUncheckedArguments(Self.mainArguments(rows.main))
        try replaceMain.execute()
        for statement in deleteChildren {
            statement.setUncheckedArguments([rows.main.nhsNumber])
            try statement.execute()
        }
        try insertChildren(rows)
    }

    private func insertChildren(_ rows: PatientRows) throws {
        let id = rows.main.nhsNumber
        for name in rows.names {
            insertName.setUncheckedArguments([
                id, name.seq, name.use, name.given, name.family, name.periodStart, name.periodEnd,
            ])
            try insertName.execute()
        }
        for address in rows.addresses {
            insertAddress.setUncheckedArguments([
                id, address.seq, address.lines[0], address.lines[1], address.lines[2], address.lines[3],
                address.postcode, address.periodStart, address.periodEnd,
            ])
            try insertAddress.execute()
        }
        for objection in rows.objections {
            insertObjection.setUncheckedArguments([id, objection.kind, objection.recordedOn])
            try insertObjection.execute()
        }
        for event in rows.usage {
            insertUsage.setUncheckedArguments([id, event.seq, event.date, event.site, event.kind])
            try insertUsage.execute()
        }
    }

    private static func mainArguments(_ main: PatientRows.Main) -> StatementArguments {
        [
            main.nhsNumber, main.birthDate, main.gender, main.deathDate, main.gpPractice, main.registeredOn,
            main.phone, main.email, main.securityLabel,
        ]
    }
}
