import ConfidantCore
import ConfidantTrace
import Foundation

/// Reads a batch of trace queries from CSV (`confidant trace --batch`).
///
/// The header must have `query_id` and at least one of the query columns; each row
/// is parsed into a ``ConfidantTrace/TraceQuery``. A bad header, a duplicate or empty
/// `query_id`, or an unparseable field is a ``RegistryFileError`` naming the line and
/// column, never the value (queries are about people).
public final class TraceQueryCSVReader {
    /// The columns a query file may have; `query_id` is required.
    public static let columns = [
        "query_id", "nhs_number", "given_names", "family_name", "birth_date", "gender", "postcode", "address_line1",
        "gp_practice",
    ]

    private let reader: CSVRecordReader
    private let positions: [String: Int]
    private let referenceDate: CalendarDate?
    private var seen: Set<String> = []

    /// Opens `path` and checks its header.
    ///
    /// - Parameter referenceDate: "today", so birth dates in the future are refused and two-digit years resolve.
    /// - Throws: ``RegistryFileError`` if the file cannot be read or its header is wrong.
    public init(path: String, referenceDate: CalendarDate?) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RegistryFileError(.file, "cannot read the file (does it exist?)")
        }
        reader = CSVRecordReader(handle: handle)
        self.referenceDate = referenceDate
        let header: [String]
        do {
            guard let first = try reader.next(), first != [""] else {
                throw RegistryFileError(.csv(line: 1, column: nil), "the file is empty; a header row is required")
            }
            header = first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        } catch let failure as CSVRecordReader.Failure {
            throw RegistryFileError(failure)
        }
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard Self.columns.contains(name) else {
                throw RegistryFileError(
                    .csv(line: 1, column: name),
                    "unknown column; the columns are \(Self.columns.joined(separator: ", "))")
            }
            guard positions[name] == nil else {
                throw RegistryFileError(.csv(line: 1, column: name), "column appears twice")
            }
            positions[name] = index
        }
        guard positions["query_id"] != nil else {
            throw RegistryFileError(.csv(line: 1, column: "query_id"), "the header must have a query_id column")
        }
        guard positions.count > 1 else {
            throw RegistryFileError(.csv(line: 1, column: nil), "the header has no query columns besides query_id")
        }
        self.positions = positions
    }

    /// The next query and its identifier, or `nil` at the end of the file.
    ///
    /// - Throws: ``RegistryFileError`` naming the line and column of the first problem.
    public func next() throws -> (id: String, query: TraceQuery)? {
        var record: [String] = [""]
        var line = reader.line
        while record == [""] {  // blank lines are skipped
            line = reader.line
            do {
                guard let next = try reader.next() else { return nil }
                record = next
            } catch let failure as CSVRecordReader.Failure {
                throw RegistryFileError(failure)
            }
        }
        guard record.count == positions.count else {
            throw RegistryFileError(
                .csv(line: line, column: nil), "the row has \(record.count) fields; the header has \(positions.count)")
        }
        func field(_ name: String) -> String? { positions[name].map { record[$0] } }
        let id = field("query_id")?.trimmingWhitespace() ?? ""
        guard !id.isEmpty else { throw RegistryFileError(.csv(line: line, column: "query_id"), "query_id is empty") }
        guard seen.insert(id).inserted else {
            throw RegistryFileError(.csv(line: line, column: "query_id"), "query_id repeats an earlier row's")
        }
        do {
            let query = try TraceQuery(
                nhsNumber: field("nhs_number"), givenNames: field("given_names"), familyName: field("family_name"),
                birthDate: field("birth_date"), gender: field("gender"), postcode: field("postcode"),
                addressLine1: field("address_line1"), gpPractice: field("gp_practice"), referenceDate: referenceDate)
            return (id, query)
        } catch let error as TraceError {
            throw RegistryFileError(.csv(line: line, column: error.field), error.message)
        }
    }
}
