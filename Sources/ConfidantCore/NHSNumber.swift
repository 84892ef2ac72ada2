/// A validated ten-digit NHS number.
///
/// The tenth digit is a modulus 11 check digit over the first nine: each digit
/// `dᵢ` (i = 1…9) is weighted by `11 − i`, the sum is taken modulo 11, and the
/// check digit is `11 − remainder`, where 11 becomes 0 and 10 means that no valid
/// number has those nine digits.
///
/// Parsing accepts the bare form (`9434765919`) and the grouped form people write
/// (`943 476 5919`, also with hyphens). ``description`` is the bare form, which is
/// what files and databases hold; ``formatted`` is the grouped form for people.
public struct NHSNumber: Hashable, Comparable, Sendable {
    /// The ten digits as an integer (leading zeros allowed).
    public let value: UInt64

    /// Creates an NHS number from its text form, checking length, digits and check digit.
    ///
    /// - Parameter text: ten digits, optionally grouped 3-3-4 by single spaces or hyphens.
    /// - Throws: ``NHSNumberError`` saying why the text is not a valid NHS number.
    public init(_ text: some StringProtocol) throws(NHSNumberError) {
        try self.init(parsing: text)
    }

    /// The same, for a `String`.
    ///
    /// Declared apart from the generic form so that the parser is specialized for `String` in
    /// this module: called from another module (a CSV import, millions of times), the generic
    /// form ran unspecialized, through protocol witnesses for every byte.
    public init(_ text: String) throws(NHSNumberError) {
        try self.init(parsing: text)
    }

    /// The parser behind both forms.
    private init(parsing text: some StringProtocol) throws(NHSNumberError) {
        // The digits are gathered into the number itself: an array of them was an allocation
        // a record in an import.
        var value: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard count < 10 else { throw .wrongLength }
                value = value * 10 + UInt64(byte &- UInt8(ascii: "0"))
                count += 1
            case UInt8(ascii: " "), UInt8(ascii: "-"):
                // Separators are only accepted where the grouped form puts them.
                guard count == 3 || count == 6 else { throw .misplacedSeparator }
            default:
                throw .nonDigit
            }
        }
        guard count == 10 else { throw .wrongLength }
        try self.init(checking: value)
    }

    /// Creates an NHS number from an integer holding its ten digits.
    ///
    /// - Throws: ``NHSNumberError`` if the value has more than ten digits or a bad check digit.
    public init(value: UInt64) throws(NHSNumberError) {
        guard value <= 9_999_999_999 else { throw .wrongLength }
        try self.init(checking: value)
    }

    /// Checks the last of ten digits against the first nine.
    private init(checking value: UInt64) throws(NHSNumberError) {
        guard let check = Self.checkDigit(ofPrefix: value / 10) else { throw .noValidCheckDigit }
        guard UInt64(check) == value % 10 else { throw .checkDigitMismatch }
        self.value = value
    }

    /// Builds the valid NHS number whose first nine digits are `prefix`, if there is one.
    ///
    /// - Parameter prefix: a number below 1,000,000,000.
    /// - Returns: `nil` when those nine digits give check digit 10 (no valid number exists).
    public static func completing(prefix: UInt64) -> NHSNumber? {
        guard prefix < 1_000_000_000, let check = checkDigit(ofPrefix: prefix) else { return nil }
        return try? NHSNumber(value: prefix * 10 + UInt64(check))
    }

    /// The modulus 11 check digit for nine digits (`prefix`, below 1,000,000,000), or `nil`
    /// when it would be 10.
    ///
    /// The first digit weighs 10 and the ninth 2, so the digits are read from the last, weight 2 up.
    static func checkDigit(ofPrefix prefix: UInt64) -> UInt8? {
        var sum: UInt64 = 0
        var rest = prefix
        for weight in UInt64(2)...10 {
            sum += rest % 10 * weight
            rest /= 10
        }
        let check = 11 - sum % 11
        switch check {
        case 11: return 0
        case 10: return nil
        default: return UInt8(check)
        }
    }

    /// The grouped form, `943 476 5919`.
    public var formatted: String {
        let bare = description
        let chars = Array(bare)
        return String(chars[0..<3]) + " " + String(chars[3..<6]) + " " + String(chars[6..<10])
    }

    public static func < (lhs: NHSNumber, rhs: NHSNumber) -> Bool { lhs.value < rhs.value }
}

extension NHSNumber: CustomStringConvertible {
    /// The bare ten-digit form, zero-padded.
    public var description: String {
        // Ten digits written in place, leading zeros included: an import makes one a patient,
        // where `String(value)`, a padding and their concatenation were three strings.
        String(unsafeUninitializedCapacity: 10) { bytes in
            var rest = value
            for index in stride(from: 9, through: 0, by: -1) {
                bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return 10
        }
    }
}

extension NHSNumber: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Why a text is not a valid NHS number. The messages never repeat the number itself.
public enum NHSNumberError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not exactly ten digits.
    case wrongLength
    /// A character other than a digit, space or hyphen.
    case nonDigit
    /// A space or hyphen somewhere other than after the third or sixth digit.
    case misplacedSeparator
    /// The first nine digits give check digit 10, so no valid NHS number starts with them.
    case noValidCheckDigit
    /// The tenth digit is not the modulus 11 check digit of the first nine.
    case checkDigitMismatch

    public var description: String {
        switch self {
        case .wrongLength: "an NHS number has exactly ten digits"
        case .nonDigit: "an NHS number contains only digits (optionally grouped 3 3 4 by spaces)"
        case .misplacedSeparator: "separators are only allowed as 3 3 4, e.g. 943 476 5919"
        case .noValidCheckDigit: "no valid NHS number begins with these nine digits (check digit would be 10)"
        case .checkDigitMismatch: "the check digit does not match (modulus 11)"
        }
    }
}
