/// An Organisation Data Service code: identifies a GP practice (`B86024`), a trust
/// (`RR8`) or one of its sites (`RR801`).
public struct ODSCode: Hashable, Comparable, Sendable {
    /// The code in upper case.
    public let value: String

    /// Parses an ODS code: 3 to 10 letters and digits, starting with a letter or digit, case-insensitive.
    ///
    /// - Throws: ``ODSCodeError/malformed``.
    public init(_ text: some StringProtocol) throws(ODSCodeError) {
        let upper = text.uppercased()
        guard (3...10).contains(upper.utf8.count),
            upper.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) })
        else { throw .malformed }
        self.value = upper
    }

    /// Parses the code of a GP practice: one letter and five digits (`B86024`).
    ///
    /// - Throws: ``ODSCodeError/notAPractice`` for any other shape.
    public init(practice text: some StringProtocol) throws(ODSCodeError) {
        try self.init(parsingPractice: text)
    }

    /// The same, for a `String`.
    ///
    /// Declared apart from the generic form so that the parser is specialized for `String` in
    /// this module: called from another module (a CSV import, millions of times), the generic
    /// form ran unspecialized, through protocol witnesses for every byte.
    public init(practice text: String) throws(ODSCodeError) {
        try self.init(parsingPractice: text)
    }

    /// The parser behind both forms.
    private init(parsingPractice text: some StringProtocol) throws(ODSCodeError) {
        let upper: String
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, as every real code is: checked in place and upper-cased only when it has a
            // lower-case letter. `uppercased()` and an array of its bytes were two allocations
            // an imported record.
            let lowerCase = text.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
            upper = lowerCase ? text.uppercased() : String(text)
        } else {
            // Some letters upper-case to ASCII (`ſ` to `S`), as `uppercased()` alone decides.
            upper = text.uppercased()
        }
        guard Self.isPractice(upper.utf8) else { throw .notAPractice }
        self.value = upper
    }

    /// Whether upper-cased text is a letter and five digits.
    private static func isPractice(_ bytes: String.UTF8View) -> Bool {
        var count = 0
        for byte in bytes {
            let allowed =
                count == 0
                ? byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                : byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard allowed, count < 6 else { return false }
            count += 1
        }
        return count == 6
    }

    public static func < (lhs: ODSCode, rhs: ODSCode) -> Bool { lhs.value < rhs.value }
}

extension ODSCode: CustomStringConvertible {
    public var description: String { value }
}

extension ODSCode: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(try container.decode(String.self))
        } catch let error as ODSCodeError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// Why a text is not an ODS code.
public enum ODSCodeError: Error, Hashable, Sendable, CustomStringConvertible {
    case malformed
    case notAPractice

    public var description: String {
        switch self {
        case .malformed: "an ODS code is 3 to 10 letters and digits"
        case .notAPractice: "a GP practice ODS code is a letter and five digits, e.g. B86024"
        }
    }
}
