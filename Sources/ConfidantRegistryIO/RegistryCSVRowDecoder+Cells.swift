import ConfidantCore
import Foundation

extension RegistryCSVRowDecoder {
    /// One record's fields, read by column with errors that name the column.
    struct Cells {
        let fields: [String]
        /// Header positions by ``RegistryCSVColumn/ordinal``.
        let indices: [Int?]
        let line: Int

        func error(_ column: RegistryCSVColumn, _ message: String) -> RegistryFileError {
            RegistryFileError(.csv(line: line, column: column.rawValue), message)
        }

        /// The trimmed text of a cell, `nil` when the column is absent or the cell empty.
        ///
        /// ASCII cells (nearly all) are checked byte by byte; only others pay for
        /// Unicode property look-ups.
        func text(_ column: RegistryCSVColumn) throws(RegistryFileError) -> String? {
            guard let index = indices[column.ordinal] else { return nil }
            let raw = fields[index]
            if raw.isEmpty { return nil }
            let bytes = raw.utf8.withContiguousStorageIfAvailable(Bytes.init) ?? Bytes(Array(raw.utf8))
            if bytes.hasControl { throw error(column, "control characters are not allowed") }
            if !bytes.isASCII, raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw error(column, "control characters are not allowed")
            }
            guard bytes.isPadded else { return raw }
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }

        /// What ``text(_:)`` needs to know of a cell's bytes, found in one pass over them.
        struct Bytes {
            /// An ASCII control character (below space, or DEL).
            var hasControl = false
            var isASCII = true
            /// A space first or last.
            var isPadded = false

            init(_ bytes: UnsafeBufferPointer<UInt8>) {
                var bits: UInt8 = 0
                for byte in bytes {
                    if byte < 0x20 || byte == 0x7F { hasControl = true }
                    bits |= byte
                }
                isASCII = bits < 0x80
                isPadded = bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
            }

            init(_ bytes: [UInt8]) {
                self = bytes.withUnsafeBufferPointer(Self.init)
            }
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
            guard let value = T(rawValue: text) ?? T(rawValue: text.lowercased()) ?? T(rawValue: text.uppercased())
            else {
                let codes = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw error(column, "unknown code; expected one of \(codes)")
            }
            return value
        }

        func name(_ column: RegistryCSVColumn, required: Bool) throws(RegistryFileError) -> [String] {
            guard let text = try text(column) else {
                if required { throw error(column, "a value is required") }
                return []
            }
            // Most names are one word: no split, no new strings.
            let parts = text.spaceSeparatedWords()
            for part in parts { _ = try checkName(part, column) }
            return parts
        }

        /// Names are letters with spaces, hyphens, apostrophes and full stops.
        func checkName(_ text: String, _ column: RegistryCSVColumn) throws(RegistryFileError) -> String {
            var allowed = text.utf8.count <= 200
            var ascii = true
            for byte in text.utf8 where allowed {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."):
                    continue
                case 0x80...: ascii = false
                default: allowed = false
                }
            }
            if allowed, !ascii {
                allowed = text.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "."
                }
            }
            guard allowed else {
                throw error(column, "names may contain only letters, spaces, hyphens, apostrophes and full stops")
            }
            return text
        }

        func list(_ column: RegistryCSVColumn) throws(RegistryFileError) -> [String] {
            guard let text = try text(column) else { return [] }
            // `trimmingWhitespace` gives Foundation's result, without asking Foundation for the
            // usual item that has no space to trim.
            return text.split(separator: RegistryCSVColumn.listSeparator)
                .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        }

        func phone(_ column: RegistryCSVColumn) throws(RegistryFileError) -> String? {
            guard let text = try text(column) else { return nil }
            var digits = 0
            var allowed = true
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
                case UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"):
                    continue
                default: allowed = false
                }
            }
            guard allowed, (7...15).contains(digits) else {
                throw error(column, "a phone number has 7 to 15 digits and only + - ( ) and spaces")
            }
            return text
        }

        func email(_ column: RegistryCSVColumn) throws(RegistryFileError) -> String? {
            guard var text = try text(column) else { return nil }
            var at: Int?
            var dotAfterAt = false
            var valid = text.utf8.count <= 254
            // From the string's buffer: stepping through an enumerated `UTF8View` cost more than the checks.
            text.withUTF8 { bytes in
                for (offset, byte) in bytes.enumerated() where valid {
                    switch byte {
                    case UInt8(ascii: "@"):
                        valid = at == nil && offset > 0
                        at = offset
                    case UInt8(ascii: "."): if at != nil { dotAfterAt = true }
                    case UInt8(ascii: " "): valid = false
                    default: continue
                    }
                }
            }
            guard valid, at != nil, dotAfterAt else {
                throw error(column, "an email address looks like name@example.org")
            }
            return text
        }
    }
}
