import ConfidantStore
import Logging
import PostgresNIO

/// Writes batches of patients' rows inside a caller's transaction, a few statements
/// per batch whatever its size: `COPY` for new rows, `= ANY` and `UNNEST` for rewrites.
enum PostgresPatientWriter {
    private static let mainColumns = PostgresPatientReader.mainColumns.split(separator: ", ").map(String.init)
    private static let childTables = ["patient_name", "patient_address", "patient_objection", "service_usage"]

    /// Inserts the main rows of new patients.
    static func insertMain(_ patients: [PatientRows], on connection: PostgresConnection, logger: Logger) async throws {
        var main = PostgresCopyBuffer(capacity: patients.count * 160)
        for rows in patients {
            let row = rows.main
            main.append(row.nhsNumber)
            main.append(row.birthDate)
            main.append(row.gender)
            main.append(row.deathDate)
            main.append(row.gpPractice)
            main.append(row.registeredOn)
            main.append(row.phone)
            main.append(row.email)
            main.append(row.securityLabel)
            main.endRow()
        }
        try await copy(main, into: "patient", columns: mainColumns, connection, logger)
    }

    /// Rewrites stored patients' main rows with `patients` (already merged with what was
    /// stored). They are updated, not deleted and inserted, so clinical entries stay.
    static func updateMain(_ patients: [PatientRows], on connection: PostgresConnection, logger: Logger) async throws {
        guard !patients.isEmpty else { return }
        let mains = patients.map(\.main)
        func text(_ column: (PatientRows.Main) -> String?) -> PostgresTextArray { PostgresTextArray(mains.map(column)) }
        try await connection.query(
            """
            UPDATE patient AS p SET birth_date = u.birth_date, gender = u.gender, death_date = u.death_date,
                gp_practice = u.gp_practice, registered_on = u.registered_on, phone = u.phone, email = u.email,
                security_label = u.security_label
            FROM UNNEST(\(mains.map(\.nhsNumber))::bigint[], \(text(\.birthDate))::text[], \(text(\.gender))::text[],
                \(text(\.deathDate))::text[], \(text(\.gpPractice))::text[], \(text(\.registeredOn))::text[],
                \(text(\.phone))::text[], \(text(\.email))::text[], \(text(\.securityLabel))::text[])
                AS u(nhs_number, birth_date, gender, death_date, gp_practice, registered_on, phone, email, security_label)
            WHERE p.nhs_number = u.nhs_number
            """,
            logger: logger)
    }

    /// Deletes the child rows of these patients, ahead of writing their merged records.
    static func deleteChildren(_ ids: [Int64], on connection: PostgresConnection, logger: Logger) async throws {
        guard !ids.isEmpty else { return }
        for table in childTables {
            var binds = PostgresBindings(capacity: 1)
            binds.append(ids)
            try await connection.query(
                PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE nhs_number = ANY($1)", binds: binds), logger: logger)
        }
    }

    /// Inserts the child rows of these patients: one `COPY` per table.
    static func insertChildren(
        _ patients: [PatientRows], on connection: PostgresConnection, logger: Logger
    ) async throws {
        let t0 = ContinuousClock.now
        var names = PostgresCopyBuffer(capacity: patients.count * 80)
        var addresses = PostgresCopyBuffer(capacity: patients.count * 100)
        var objections = PostgresCopyBuffer(capacity: 0)
        var usage = PostgresCopyBuffer(capacity: patients.count * 40)
        for rows in patients {
            let id = rows.main.nhsNumber
            for name in rows.names {
                names.append(id)
                names.append(name.seq)
                names.append(name.use)
                names.append(name.given)
                names.append(name.family)
                names.append(name.periodStart)
                names.append(name.periodEnd)
                names.endRow()
            }
            for address in rows.addresses {
                addresses.append(id)
                addresses.append(address.seq)
                for line in address.lines { addresses.append(line) }
                addresses.append(address.postcode)
                addresses.append(address.periodStart)
                addresses.append(address.periodEnd)
                addresses.endRow()
            }
            for objection in rows.objections {
                objections.append(id)
                objections.append(objection.kind)
                objections.append(objection.recordedOn)
                objections.endRow()
            }
            for event in rows.usage {
                usage.append(id)
                usage.append(event.seq)
                usage.append(event.date)
                usage.append(event.site)
                usage.append(event.kind)
                usage.endRow()
            }
        }
        Timing.add(5, ContinuousClock.now - t0)
        try await copy(names, into: "patient_name", columns: PostgresPatientReader.nameColumns, connection, logger)
        try await copy(
            addresses, into: "patient_address", columns: PostgresPatientReader.addressColumns, connection, logger)
        try await copy(
            objections, into: "patient_objection", columns: PostgresPatientReader.objectionColumns, connection, logger)
        try await copy(usage, into: "service_usage", columns: PostgresPatientReader.usageColumns, connection, logger)
    }

    /// One `COPY` statement per table and batch; skipped when the batch has no rows for it.
    private static func copy(
        _ rows: PostgresCopyBuffer, into table: String, columns: [String], _ connection: PostgresConnection,
        _ logger: Logger
    ) async throws {
        guard rows.rowCount > 0 else { return }
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
            try await writer.write(rows.buffer)
        }
    }
}
