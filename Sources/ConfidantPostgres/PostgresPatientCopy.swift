import ConfidantStore
import Logging
import PostgresNIO

/// Patients' rows encoded for `COPY … FROM STDIN`, one buffer per table.
///
/// Encoding needs no connection, so an import encodes the next batch while the
/// database stores the current one; writing is then one `COPY` per table.
struct PostgresPatientCopy: Sendable {
    private static let mainColumns =
        PostgresPatientReader.mainColumns.split(separator: ", ").map(String.init) + ["trace_profile"]

    private var main: PostgresCopyBuffer
    private var names: PostgresCopyBuffer
    private var addresses: PostgresCopyBuffer
    private var objections: PostgresCopyBuffer
    private var usage: PostgresCopyBuffer
    private var keys: PostgresCopyBuffer

    /// Encodes the main rows (with trace profiles) and blocking keys of `new`, and the child rows of `children`.
    init(new: [PatientRows], children: [PatientRows]) {
        main = PostgresCopyBuffer(capacity: new.count * 160)
        names = PostgresCopyBuffer(capacity: children.count * 80)
        addresses = PostgresCopyBuffer(capacity: children.count * 100)
        objections = PostgresCopyBuffer(capacity: 0)
        usage = PostgresCopyBuffer(capacity: children.count * 40)
        keys = PostgresCopyBuffer(capacity: new.count * 8 * 30)
        for rows in new {
            append(rows.main, profile: rows.trace?.profile)
            for key in rows.trace?.keys ?? [] {
                keys.append(key)
                keys.append(rows.main.nhsNumber)
                keys.endRow()
            }
        }
        for rows in children { appendChildren(rows) }
    }

    /// Writes the rows, main rows first so the children's foreign keys hold.
    func write(on connection: PostgresConnection, logger: Logger) async throws {
        try await Self.copy(main, into: "patient", columns: Self.mainColumns, connection, logger)
        try await Self.copy(names, into: "patient_name", columns: PostgresPatientReader.nameColumns, connection, logger)
        try await Self.copy(
            addresses, into: "patient_address", columns: PostgresPatientReader.addressColumns, connection, logger)
        try await Self.copy(
            objections, into: "patient_objection", columns: PostgresPatientReader.objectionColumns, connection, logger)
        try await Self.copy(
            usage, into: "service_usage", columns: PostgresPatientReader.usageColumns, connection, logger)
        try await Self.copy(keys, into: "blocking_key", columns: ["key", "nhs_number"], connection, logger)
    }

    private mutating func append(_ row: PatientRows.Main, profile: [UInt8]?) {
        main.append(row.nhsNumber)
        main.append(row.birthDate)
        main.append(row.gender)
        main.append(row.deathDate)
        main.append(row.gpPractice)
        main.append(row.registeredOn)
        main.append(row.phone)
        main.append(row.email)
        main.append(row.securityLabel)
        // bytea's hex input form (the buffer doubles its backslash, as COPY's text format requires).
        main.append(profile.map { "\\x" + PostgresBytea.hex($0) })
        main.endRow()
    }

    private mutating func appendChildren(_ rows: PatientRows) {
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

    /// One `COPY` statement per table; skipped when there are no rows for it.
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
