import Foundation
import ConfidantCore

extension RegistryCSVRowDecoder {
    /// One record's fields, read by column with errors that name the column.
    struct Cells {
        let fields: [String]
        let indices: [RegistryCSVColumn: Int]
        let line: Int

        func error(_ column: RegistryCSVColumn, _ message: String) -> RegistryFileError {
            RegistryFileError(.csv(line: line, column: column.rawValue), message)
        }

        /// The trimmed text of a cell, `nil` when the column is absent or the cell empty.
        func text(_ column: RegistryCSVColumn) throws(RegistryFileError) -> String? {
            guard let index = indices[column] else { return nil }
            let value = fields[index].trimmingCharacters(in: .whitespaces)
            if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw error(column, "control characters are not allowed")
            }
            return value.isEmpty ? nil : value
        }

        func required(_ column: RegistryCSVColumn) throws(RegistryFileError) -> String {
            guard let value = try text(column) else { throw error(column, "a value is required") }
            return value
        }

        func parse<T, E: Error & CustomStringConvertible>(
            _ column: RegistryCSVColumn, _ make: (String) throws(E) -> T
        ) throws(RegistryFileError) -> T {
            let value = try required(column)
            do { return try make(value) } catch { throw self.error(column, error.description) }
        }

        func optional<T, E: Error & CustomStringConvertible>(
            _ column: RegistryCSVColumn, _ make: (String) throws(E) -> T
        ) throws(RegistryFileError) -> T? {
            guard let value = try text(column) else { return nil }
            do { return try make(value) } catch { throw self.error(column, error.description) }
        }

        func date(_ column: RegistryCSVColumn) throws(RegistryFileError) -> CalendarDate {
            try parse(column) { (text: String) throws(CalendarDateError) in try CalendarDate(iso: text) }
        }

        func optionalDate(_ column: RegistryCSVColumn) throws(RegistryFileError) -> CalendarDate? {
            try optional(column) { (text: String) throws(CalendarDateError) in try CalendarDate(iso: text) }
        }

        func code<T: RawRepresentable<String> & CaseIterable>(
            _ column: RegistryCSVColumn, _ type: T.Type
        ) throws(RegistryFileError) -> T {
            guard let value = try optionalCode(column, type) else { throw error(column, "a value is required") }
            return value
        }

        func optionalCode<T: RawRepresentable<String> & CaseIterable>(
            _ column: RegistryCSVColumn, _ type: T.Type
        ) throws(RegistryFileError) -> T? {
            guard let text = try text(column) else { return nil }
            let codes = T.allCases.map(\.rawValue)
            guard let value = T(rawValue: text) ?? T(rawValue: text.lowercased()) ?? T(rawValue: text.uppercased())
            else { throw error(column, "unknown code; expected one of \(codes.joined(separator: ", "))") }
            return value
        }

        func name(_ column: RegistryCSVColumn, required: Bool) throws(RegistryFileError) -> [String] {
            guard let text = try text(column) else {
                if required { throw error(column, "a value is required") }
                return []
            }
            let parts = text.split(separator: " ").map(String.init)
            for part in parts { _ = try checkName(part, column) }
            return parts
        }

        /// Names are letters with spaces, hyphens, apostrophes and full stops.
        func checkName(_ text: String, _ column: RegistryCSVColumn) throws(RegistryFileError) -> String {
            let allowed = text.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "."
            }
            guard allowed, text.count <= 100 else {
                throw error(column, "names may contain only letters, spaces, hyphens, apostrophes and full stops")
            }
            return text
        }

        func list(_ column: RegistryCSVColumn) throws(RegistryFileError) -> [String] {
            guard let text = try text(column) else { return [] }
            return text.split(separator: RegistryCSVColumn.listSeparator)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        func phone(_ column: RegistryCSVColumn) throws(RegistryFileError) -> String? {
            guard let text = try text(column) else { return nil }
            let digits = text.filter(\.isASCIIDigit).count
            let allowed = text.allSatisfy { $0.isASCIIDigit || " +-()".contains($0) }
            guard allowed, (7...15).contains(digits) else {
                throw error(column, "a phone number has 7 to 15 digits and only + - ( ) and spaces")
            }
            return text
        }

        func email(_ column: RegistryCSVColumn) throws(RegistryFileError) -> String? {
            guard let text = try text(column) else { return nil }
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(" "), text.count <= 254
            else { throw error(column, "an email address looks like name@example.org") }
            return text
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
