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
                return PostgresQuery(
                    unsafeSQL: "\(select) WHERE nhs_number = ANY($1) ORDER BY \(orderBy)", binds: binds)
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
        let mains = try await main(
            selection.query("SELECT \(mainColumns) FROM patient", orderBy: "nhs_number"), connection, logger)
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
        for try await row in try await connection.query(query, logger: logger) {
            var cells = PostgresCells(row)
            mains.append(
                PatientRows.Main(
                    nhsNumber: try cells.next(), birthDate: try cells.next(), gender: try cells.next(),
                    deathDate: try cells.next(), gpPractice: try cells.next(), registeredOn: try cells.next(),
                    phone: try cells.next(), email: try cells.next(), securityLabel: try cells.next()))
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
        func query(_ table: String, _ columns: [String], orderBy: String) -> PostgresQuery {
            selection.query("SELECT \(columns.joined(separator: ", ")) FROM \(table)", orderBy: orderBy)
        }
        var children = Children()
        children.names = try await grouped(
            query("patient_name", nameColumns, orderBy: "nhs_number, seq"), connection, logger
        ) { cells in
            PatientRows.Name(
                seq: try cells.next(), use: try cells.next(), given: try cells.next(), family: try cells.next(),
                periodStart: try cells.next(), periodEnd: try cells.next())
        }
        children.addresses = try await grouped(
            query("patient_address", addressColumns, orderBy: "nhs_number, seq"), connection, logger
        ) { cells in
            PatientRows.AddressRow(
                seq: try cells.next(), lines: [try cells.next(), try cells.next(), try cells.next(), try cells.next()],
                postcode: try cells.next(), periodStart: try cells.next(), periodEnd: try cells.next())
        }
        // Byte order of kind, as SQLite's primary key gives, whatever the database's collation.
        children.objections = try await grouped(
            query("patient_objection", objectionColumns, orderBy: #"nhs_number, kind COLLATE "C""#), connection, logger
        ) { cells in
            PatientRows.ObjectionRow(kind: try cells.next(), recordedOn: try cells.next())
        }
        children.usage = try await grouped(
            query("service_usage", usageColumns, orderBy: "nhs_number, seq"), connection, logger
        ) { cells in
            PatientRows.UsageRow(
                seq: try cells.next(), date: try cells.next(), site: try cells.next(), kind: try cells.next())
        }
        return children
    }

    /// Child rows keyed by their first column, the NHS number, in query order.
    private static func grouped<Value>(
        _ query: PostgresQuery, _ connection: PostgresConnection, _ logger: Logger,
        _ decode: (inout PostgresCells) throws -> Value
    ) async throws -> [Int64: [Value]] {
        var groups: [Int64: [Value]] = [:]
        for try await row in try await connection.query(query, logger: logger) {
            var cells = PostgresCells(row)
            let id: Int64 = try cells.next()
            groups[id, default: []].append(try decode(&cells))
        }
        return groups
    }
}

/// A row's cells decoded in order, one concrete type at a time. postgres-nio's tuple
/// `decode` builds tuple metadata at run time for every row, which made reading
/// several times slower than the server could send.
struct PostgresCells {
    private var cells: PostgresRow.Iterator

    init(_ row: PostgresRow) {
        cells = row.makeIterator()
    }

    mutating func next<Value: PostgresDecodable>(_ type: Value.Type = Value.self) throws -> Value {
        guard let cell = cells.next() else {
            throw StoreError.corrupt("a stored row has fewer columns than expected")
        }
        return try cell.decode(Value.self)
    }
}
