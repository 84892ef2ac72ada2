import ConfidantStore
import Logging
import PostgresNIO

/// Rewrites merged patients inside a caller's transaction, a few set-based statements
/// per batch whatever its size (new rows go through ``PostgresPatientCopy``).
enum PostgresPatientWriter {
    private static let childTables = ["patient_name", "patient_address", "patient_objection", "service_usage"]

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
                PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE nhs_number = ANY($1)", binds: binds),
                logger: logger)
        }
    }
}
