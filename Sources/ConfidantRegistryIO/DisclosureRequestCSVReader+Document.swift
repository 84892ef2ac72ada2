import ConfidantCore
import Foundation

extension DisclosureRequestCSVReader {
    /// The request document of one row: each non-empty cell at its key, nested keys
    /// gathered into their objects (`offence`, `embargo`, `subject`).
    ///
    /// Nothing is validated here beyond turning number cells into numbers: codes,
    /// dates, identifiers and the rules between fields are left to
    /// `DisclosureRequest.validate`, so a CSV row and a JSON submission get the same answers.
    ///
    /// - Throws: ``RegistryFileError`` for a number column holding something else.
    static func document(_ cells: [(DisclosureRequestCSVColumn, String)], line: Int) throws -> JSONValue {
        var top: [String: JSONValue] = [:]
        var nested: [String: [String: JSONValue]] = [:]
        for (column, cell) in cells {
            guard let value = try value(of: cell, in: column, line: line) else { continue }
            if let object = column.object {
                nested[object, default: [:]][column.key] = value
            } else {
                top[column.key] = value
            }
        }
        for (object, members) in nested { top[object] = .object(members) }
        return .object(top)
    }

    /// The JSON value of a cell, or `nil` for an empty one (the key is then left out).
    private static func value(
        of cell: String, in column: DisclosureRequestCSVColumn, line: Int
    ) throws -> JSONValue? {
        let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        switch column.kind {
        case .text:
            return .string(text)
        case .number:
            guard let number = number(text) else {
                throw RegistryFileError(
                    .csv(line: line, column: column.rawValue), "expected a number, written in digits (e.g. 24)")
            }
            return .number(number)
        case .codes:
            return list(text.split(separator: ";"))
        case .names:
            return list(text.split(whereSeparator: \.isWhitespace))
        }
    }

    /// The non-empty items, trimmed; `nil` when there are none (`;` alone), so the key is absent.
    ///
    /// Empty items are dropped rather than passed on because validation would read
    /// an empty text as a missing element and silently drop the whole list.
    private static func list(_ items: [Substring]) -> JSONValue? {
        let texts = items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return texts.isEmpty ? nil : .array(texts.map(JSONValue.string))
    }

    /// A decimal number: an optional `-`, digits, and optionally `.` and more digits.
    ///
    /// Stricter than `Double.init`, which would also take `0x1p3`, `inf` and `nan`;
    /// whether the number is whole and in range is validation's business.
    private static func number(_ text: String) -> Double? {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDecimal = parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard isDecimal else { return nil }
        return Double(text)
    }
}
