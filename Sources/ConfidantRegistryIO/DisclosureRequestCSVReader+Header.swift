import ConfidantCore
import Foundation

extension DisclosureRequestCSVReader {
    /// The columns a header names, in order.
    ///
    /// Names are matched ignoring case and surrounding spaces. No column is required:
    /// a missing `agency` column is reported by validation on every row, in the same
    /// words as a missing cell.
    ///
    /// - Throws: ``RegistryFileError`` naming an unknown, unnamed or repeated column.
    static func columns(_ header: [String]) throws -> [DisclosureRequestCSVColumn] {
        var columns: [DisclosureRequestCSVColumn] = []
        for (index, raw) in header.enumerated() {
            // Spreadsheets saving "CSV UTF-8" put a byte order mark before the first name.
            let name = (index == 0 ? String(raw.drop { $0 == "\u{FEFF}" }) : raw)
                .trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty else {
                throw RegistryFileError(.csv(line: 1, column: nil), "header column \(index + 1) has no name")
            }
            guard let column = DisclosureRequestCSVColumn(rawValue: name) else {
                throw RegistryFileError(.csv(line: 1, column: String(name.prefix(40))), unknownMessage(name))
            }
            guard !columns.contains(column) else {
                throw RegistryFileError(.csv(line: 1, column: name), "column appears twice in the header")
            }
            columns.append(column)
        }
        return columns
    }

    private static func unknownMessage(_ name: String) -> String {
        if name == "id" || name == "received_on" {
            return "unknown column: the gateway assigns each request's id and received_on"
        }
        let names = DisclosureRequestCSVColumn.allCases.map(\.rawValue).joined(separator: ", ")
        return "unknown column; the columns are \(names)"
    }
}
