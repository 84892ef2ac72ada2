/// The type of an attribute or value in the policy language.
public enum PolicyType: Hashable, Sendable, CustomStringConvertible {
    /// `true` or `false`.
    case bool
    /// A whole number, such as `12`.
    case int
    /// A decimal number with up to six places, such as `0.95`.
    case decimal
    /// Quoted text, such as `"mou-2017"`.
    case text
    /// A day, written `2018-05-09`.
    case date
    /// One code from a closed list, such as `police`.
    case code(PolicyEnumeration)
    /// Any number of codes from a closed list, such as `[identity, location]`.
    case codeSet(PolicyEnumeration)

    /// How the type reads in messages and the attribute reference.
    public var description: String {
        switch self {
        case .bool: "yes/no (true or false)"
        case .int: "a whole number"
        case .decimal: "a decimal number"
        case .text: "text in quotes"
        case .date: "a date (YYYY-MM-DD)"
        case .code(let enumeration): enumeration.name
        case .codeSet(let enumeration): "a set of codes, each \(enumeration.name)"
        }
    }

    /// Whether `<`, `<=`, `>` and `>=` apply.
    var isOrdered: Bool { self == .int || self == .decimal || self == .date }

    /// Whether values are held as numbers in the facts (everything but text).
    var isNumeric: Bool { self != .text }
}
