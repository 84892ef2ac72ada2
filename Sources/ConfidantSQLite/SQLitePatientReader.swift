import ConfidantCore
import ConfidantStore
import GRDB

/// Reads registry rows into ``ConfidantStore/PatientRows``.
enum SQLitePatientReader {
    static let mainColumns =
        "nhs_number, birth_date, gender, death_date, gp_practice, registered_on, phone, email, security_label"
    static let nameColumns = "nhs_number, seq, use, given, family, period_start, period_end"
    static let addressColumns =
        "nhs_number, seq, line1, line2, line3, line4, postcode, period_start, period_end"
    static let objectionColumns = "nhs_number, kind, recorded_on"
    static let usageColumns = "nhs_number, seq, on_date, site, kind"

    /// One patient's record, or `nil`.
    static func patient(_ nhsNumber: Int64, in db: Database) throws -> Patient? {
        // Cached statements: an import merging many known patients calls this for each, and
        // preparing the five statements every time (GRDB's authorizer and region tracking
        // included) was a third of a re-import's time.
        let arguments: StatementArguments = [nhsNumber]
        guard
            let mainRow = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(mainColumns) FROM patient WHERE nhs_number = ?"),
                arguments: arguments)
        else { return nil }
        func rows(_ columns: String, from table: String) throws -> [Row] {
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT \(columns) FROM \(table) WHERE nhs_number = ?"), arguments: arguments)
        }
        return try PatientRows(
            main: main(mainRow),
            names: rows(nameColumns, from: "patient_name").map(name),
            addresses: rows(addressColumns, from: "patient_address").map(address),
            objections: rows(objectionColumns, from: "patient_objection").map(objection),
            usage: rows(usageColumns, from: "service_usage").map(usage)
        ).patient()
    }

    static func main(_ row: Row) -> PatientRows.Main {
        PatientRows.Main(
            nhsNumber: row[0], birthDate: row[1], gender: row[2], deathDate: row[3], gpPractice: row[4],
            registeredOn: row[5], phone: row[6], email: row[7], securityLabel: row[8]
        )
    }

    static func name(_ row: Row) -> PatientRows.Name {
        PatientRows.Name(
            seq: row[1], use: row[2], given: row[3], family: row[4], periodStart: row[5], periodEnd: row[6])
    }

    static func address(_ row: Row) -> PatientRows.AddressRow {
        PatientRows.AddressRow(
            seq: row[1], lines: [row[2], row[3], row[4], row[5]], postcode: row[6], periodStart: row[7],
            periodEnd: row[8])
    }

    static func objection(_ row: Row) -> PatientRows.ObjectionRow {
        PatientRows.ObjectionRow(kind: row[1], recordedOn: row[2])
    }

    static func usage(_ row: Row) -> PatientRows.UsageRow {
        PatientRows.UsageRow(seq: row[1], date: row[2], site: row[3], kind: row[4])
    }
}
