import ConfidantCore
import ConfidantStore
import ConfidantSynthetic
import ConfidantTesting
import Testing

@testable import ConfidantSQLite

/// The import's second mapping of a patient to table rows (``BoundRows``, built where a batch
/// is parsed) against the first (``PatientRows``, which every other path and PostgreSQL use).
@Suite struct BoundRowsTests {
    /// A decoded bound value, to compare with `PatientRows`' fields.
    enum Value: Equatable, CustomStringConvertible {
        case null
        case integer(Int64)
        case text(String)
        case blob([UInt8])

        var description: String {
            switch self {
            case .null: "NULL"
            case .integer(let value): "\(value)"
            case .text(let text): "'\(text)'"
            case .blob(let bytes): "blob of \(bytes.count)"
            }
        }

        init(_ text: String?) { self = text.map(Value.text) ?? .null }
        init(_ integer: Int) { self = .integer(Int64(integer)) }
    }

    /// Every table's rows of a batch, decoded, in the batch's order.
    static func decoded(_ table: BoundTable, of rows: BoundRows) -> [[Value]] {
        rows.bytes.storage.withUnsafeBytes { bytes in
            stride(from: 0, to: table.values.count, by: table.columns).map { start in
                table.values[start..<start + table.columns].map { value in
                    let range = Int(value.payload)..<Int(value.payload) + Int(value.length)
                    switch value.kind {
                    case .null: return .null
                    case .integer: return .integer(value.payload)
                    case .text: return .text(String(decoding: bytes[range], as: UTF8.self))
                    case .blob: return .blob(Array(bytes[range]))
                    }
                }
            }
        }
    }

    /// The rows `PatientRows` makes of the same patients, in the same layout.
    static func expected(_ patients: [Patient]) -> [[[Value]]] {
        var main: [[Value]] = []
        var names: [[Value]] = []
        var addresses: [[Value]] = []
        var objections: [[Value]] = []
        var usage: [[Value]] = []
        for patient in patients {
            let rows = PatientRows(patient)
            let id = Value.integer(rows.main.nhsNumber)
            let row = rows.main
            main.append([
                id, Value(row.birthDate), Value(row.gender), Value(row.deathDate), Value(row.gpPractice),
                Value(row.registeredOn), Value(row.phone), Value(row.email), Value(row.securityLabel),
                .blob(rows.trace!.profile),
            ])
            names += rows.names.map {
                [
                    id, Value($0.seq), Value($0.use), Value($0.given), Value($0.family), Value($0.periodStart),
                    Value($0.periodEnd),
                ]
            }
            addresses += rows.addresses.map {
                [id, Value($0.seq)] + $0.lines.map(Value.init) + [
                    Value($0.postcode), Value($0.periodStart), Value($0.periodEnd),
                ]
            }
            objections += rows.objections.map { [id, Value($0.kind), Value($0.recordedOn)] }
            usage += rows.usage.map { [id, Value($0.seq), Value($0.date), Value($0.site), Value($0.kind)] }
        }
        return [main, names, addresses, objections, usage]
    }

    static func check(_ patients: [Patient]) {
        var rows = BoundRows()
        for patient in patients { rows.append(patient) }
        let tables = [rows.main, rows.names, rows.addresses, rows.objections, rows.usage]
        let expected = expected(patients)
        for (table, want) in zip(tables, expected) {
            #expect(decoded(table, of: rows) == want)
        }
        #expect(rows.numbers == patients.map { Int64($0.nhsNumber.value) })
        for (position, patient) in patients.enumerated() {
            #expect(Array(rows.keys(of: position)) == TraceRows(patient).keys)
            // Each patient's child rows are theirs.
            for (table, want) in zip(tables.dropFirst(), expected.dropFirst()) {
                let mine = want.filter { $0[0] == .integer(Int64(patient.nhsNumber.value)) }
                #expect(table.rows(of: position).count == mine.count)
            }
        }
    }

    /// Synthetic patients of every kind: moved, renamed, deceased, restricted, opted out, with service usage.
    @Test func agreeWithPatientRowsOnSyntheticPatients() {
        Self.check(Fixtures.registry.patients(in: 0..<2_000))
    }

    /// The edges: no given names, several given names, more address lines than the table's
    /// four, an address without a postcode or lines, a year of fewer than four digits.
    @Test func agreeWithPatientRowsAtTheEdges() throws {
        var patient = Fixtures.patient()
        patient.names[0].given = []
        var second = Fixtures.patient(nhsNumber: "9990000026")
        second.names[0].given = ["Anne", "Marie", "Élodie"]
        second.addresses = [
            Address(lines: ["1", "2", "3", "4", "5"], postcode: nil),
            Address(
                lines: [], postcode: try Postcode("LS1 4AP"), period: Period(start: try CalendarDate(iso: "0999-01-02"))
            ),
        ]
        Self.check([patient, second])
    }
}
