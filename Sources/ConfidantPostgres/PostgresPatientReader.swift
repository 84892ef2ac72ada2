import ConfidantStore
import Logging
import PostgresNIO

/// Reads registry rows into ``ConfidantStore/PatientRows``, many patients per query:
/// one query per table, never one per patient.
enum PostgresPatientReader {
    /// Which patients to read: a set of NHS numbers (import, single reads) or a range
    /// of them (export pages, which the primary keys serve as range scans).
    enum Selection {
        case numbers([Int64])
        case range(ClosedRange<Int64>)

        fileprivate func query(_ select: String, orderBy: String) -> PostgresQuery {
            var binds = PostgresBindings(capacity: 2)
            switch self {
            case .numbers(let numbers):
                binds.append(numbers)
                return PostgresQuery(unsafeSQL: "\(select) WHERE nhs_number = ANY($1) ORDER BY \(orderBy)", binds: binds)
            case .range(let range):
                binds.append(range.lowerBound)
                binds.append(range.upperBound)
                return PostgresQuery(
                    unsafeSQL: "\(select) WHERE nhs_number BETWEEN $1 AND $2 ORDER BY \(orderBy)", binds: binds)
            }
        }
    }

    static let mainColumns =
        "nhs_number, birth_date, gender, death_date, gp_practice, registered_on, phone, email, security_label"
    static let nameColumns = ["nhs_number", "seq", "use", "given", "family", "period_start", "period_end"]
    static let addressColumns = [
        "nhs_number", "seq", "line1", "line2", "line3", "line4", "postcode", "period_start", "period_end",
    ]
    static let objectionColumns = ["nhs_number", "kind", "recorded_on"]
    static let usageColumns = ["nhs_number", "seq", "on_date", "site", "kind"]

    /// The stored patients among `selection`, in NHS number order.
    static func rows(
        _ selection: Selection, on connection: PostgresConnection, logger: Logger
    ) async throws -> [PatientRows] {
        let mains = try await main(selection.query("SELECT \(mainColumns) FROM patient", orderBy: "nhs_number"), connection, logger)
        guard !mains.isEmpty else { return [] }
        return assemble(mains, try await children(selection, on: connection, logger: logger))
    }

    /// The stored patients among the first `limit` after `nhsNumber`, in order: one page of an export.
    static func page(
        after nhsNumber: Int64, limit: Int, on connection: PostgresConnection, logger: Logger
    ) async throws -> [PatientRows] {
        let mains = try await main(
            "SELECT \(unescaped: mainColumns) FROM patient WHERE nhs_number > \(nhsNumber) ORDER BY nhs_number LIMIT \(limit)",
            connection, logger)
        guard let first = mains.first?.nhsNumber, let last = mains.last?.nhsNumber else { return [] }
        return assemble(mains, try await children(.range(first...last), on: connection, logger: logger))
    }

    private static func assemble(_ mains: [PatientRows.Main], _ children: Children) -> [PatientRows] {
        mains.map { main in
            let id = main.nhsNumber
            return PatientRows(
                main: main, names: children.names[id] ?? [], addresses: children.addresses[id] ?? [],
                objections: children.objections[id] ?? [], usage: children.usage[id] ?? [])
        }
    }

    private static func main(_ query: PostgresQuery, _ connection: PostgresConnection, _ logger: Logger) async throws
        -> [PatientRows.Main]
    {
        var mains: [PatientRows.Main] = []
        let rows = try await connection.query(query, logger: logger)
        for try await (id, birth, gender, death, gp, registered, phone, email, label) in rows.decode(
            (Int64, String, String, String?, String?, String?, String?, String?, String).self)
        {
            mains.append(
                PatientRows.Main(
                    nhsNumber: id, birthDate: birth, gender: gender, deathDate: death, gpPractice: gp,
                    registeredOn: registered, phone: phone, email: email, securityLabel: label))
        }
        return mains
    }

    private struct Children {
        var names: [Int64: [PatientRows.Name]] = [:]
        var addresses: [Int64: [PatientRows.AddressRow]] = [:]
        var objections: [Int64: [PatientRows.ObjectionRow]] = [:]
        var usage: [Int64: [PatientRows.UsageRow]] = [:]
    }

    private static func children(
        _ selection: Selection, on connection: PostgresConnection, logger: Logger
    ) async throws -> Children {
        var children = Children()
        func select(_ columns: [String], _ table: String) -> String {
            "SELECT \(columns.joined(separator: ", ")) FROM \(table)"
        }
        let names = try await connection.query(
            selection.query(select(nameColumns, "patient_name"), orderBy: "nhs_number, seq"), logger: logger)
        for try await (id, seq, use, given, family, start, end) in names.decode(
            (Int64, Int, String, String, String, String?, String?).self)
        {
            children.names[id, default: []].append(
                PatientRows.Name(seq: seq, use: use, given: given, family: family, periodStart: start, periodEnd: end))
        }
        let addresses = try await connection.query(
            selection.query(select(addressColumns, "patient_address"), orderBy: "nhs_number, seq"), logger: logger)
        for try await (id, seq, line1, line2, line3, line4, postcode, start, end) in addresses.decode(
            (Int64, Int, String?, String?, String?, String?, String?, String?, String?).self)
        {
            children.addresses[id, default: []].append(
                PatientRows.AddressRow(
                    seq: seq, lines: [line1, line2, line3, line4], postcode: postcode, periodStart: start,
                    periodEnd: end))
        }
        // Byte order of kind, as SQLite's primary key gives, whatever the database's collation.
        let objections = try await connection.query(
            selection.query(select(objectionColumns, "patient_objection"), orderBy: #"nhs_number, kind COLLATE "C""#),
            logger: logger)
        for try await (id, kind, recordedOn) in objections.decode((Int64, String, String?).self) {
            children.objections[id, default: []].append(PatientRows.ObjectionRow(kind: kind, recordedOn: recordedOn))
        }
        let usage = try await connection.query(
            selection.query(select(usageColumns, "service_usage"), orderBy: "nhs_number, seq"), logger: logger)
        for try await (id, seq, date, site, kind) in usage.decode((Int64, Int, String, String, String).self) {
            children.usage[id, default: []].append(PatientRows.UsageRow(seq: seq, date: date, site: site, kind: kind))
        }
        return children
    }
}
