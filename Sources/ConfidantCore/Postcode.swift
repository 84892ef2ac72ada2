/// A UK postcode in its normal form: outward code, one space, inward code (`LS1 4HR`).
///
/// Parsing is forgiving about case and spacing (`ls14hr`, ` LS1  4HR `) and strict
/// about shape: the outward code is an area of one or two letters followed by a
/// district (a digit, then an optional digit or letter), and the inward code is a
/// digit and two letters.
public struct Postcode: Hashable, Comparable, Sendable {
    /// The outward code, e.g. `LS1`.
    public let outward: String
    /// The inward code, e.g. `4HR`.
    public let inward: String

    /// Parses and normalises a postcode.
    ///
    /// - Throws: ``PostcodeError/malformed`` if the text is not a UK postcode.
    public init(_ text: some StringProtocol) throws(PostcodeError) {
        try self.init(parsing: text)
    }

    /// The same, for a `String`.
    ///
    /// Declared apart from the generic form so that the parser is specialized for `String` in
    /// this module: called from another module (a CSV import, millions of times), the generic
    /// form ran unspecialized, through protocol witnesses for every byte.
    public init(_ text: String) throws(PostcodeError) {
        try self.init(parsing: text)
    }

    /// The parser behind both forms.
    private init(parsing text: some StringProtocol) throws(PostcodeError) {
        // The letters and digits are gathered into an integer, the first in the lowest byte:
        // an array of them, and a second for the outward code, were two allocations for every
        // imported address.
        var packed: UInt64 = 0
        var count = 0
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            let upper: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): upper = byte - 32
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): upper = byte
            default: throw .malformed
            }
            guard count < 7 else { throw .malformed }
            packed |= UInt64(upper) << (8 * count)
            count += 1
        }
        guard count >= 5 else { throw .malformed }
        let parts = withUnsafeBytes(of: packed.littleEndian) { raw -> (outward: String, inward: String)? in
            let inward = raw[(count - 3)..<count]
            let outward = raw[0..<(count - 3)]
            guard Self.isDigit(inward[inward.startIndex]), Self.isLetter(inward[inward.startIndex + 1]),
                Self.isLetter(inward[inward.startIndex + 2]), Self.isValidOutward(outward)
            else { return nil }
            return (String(decoding: outward, as: UTF8.self), String(decoding: inward, as: UTF8.self))
        }
        guard let parts else { throw .malformed }
        self.outward = parts.outward
        self.inward = parts.inward
    }

    /// The postal area: the leading letters of the outward code (`LS`).
    public var area: String { String(outward.prefix { $0.isLetter }) }
    /// The sector: outward code plus the inward digit (`LS1 4`).
    public var sector: String { "\(outward) \(inward.prefix(1))" }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    /// A1, A9A, A99, AA9, AA9A, AA99 (and the special GIR 0AA is not needed here).
    private static func isValidOutward(_ bytes: Slice<UnsafeRawBufferPointer>) -> Bool {
        guard let first = bytes.first, isLetter(first) else { return false }
        let letters = bytes.prefix { isLetter($0) }.count
        guard letters <= 2 else { return false }
        let rest = bytes.dropFirst(letters)
        guard let districtFirst = rest.first, isDigit(districtFirst) else { return false }
        switch rest.count {
        case 1: return true
        case 2:
            let last = rest[rest.startIndex + 1]
            return isDigit(last) || isLetter(last)
        default: return false
        }
    }

    public static func < (lhs: Postcode, rhs: Postcode) -> Bool { lhs.description < rhs.description }
}

extension Postcode: CustomStringConvertible {
    public var description: String { "\(outward) \(inward)" }
}

extension Postcode: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(try container.decode(String.self))
        } catch let error as PostcodeError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Why a text is not a UK postcode.
public enum PostcodeError: Error, Hashable, Sendable, CustomStringConvertible {
    case malformed

    public var description: String {
        "a UK postcode is an outward code (e.g. LS1) and an inward code of a digit and two letters (e.g. 4HR)"
    }
}
