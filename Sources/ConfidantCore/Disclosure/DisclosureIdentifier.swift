/// An identifier in the disclosure domain: 1 to 64 ASCII letters, digits, `-`, `_` or
/// `.`, starting with a letter or digit (`home-office-ie`, `req-2016-000001`).
///
/// `Subject` only keeps the kinds apart (an ``AgencyID`` is never a ``RequestID``);
/// the rules and the coding are the same for all of them.
public struct DisclosureIdentifier<Subject>: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The identifier as written.
    public let value: String

    /// Creates an identifier, checking its shape.
    ///
    /// - Throws: a ValidationProblem naming the field `id` when the text is not an identifier.
    public init(_ value: String) throws(ValidationProblem) {
        if let message = IdentifierRules.problem(with: value) {
            throw .invalidFormat("id", message)
        }
        self.value = value
    }

    /// Creates an identifier from text the caller has already checked (constants in Core).
    init(trusted value: String) {
        self.value = value
    }

    public var description: String { value }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
}

/// Identifies an agency (`home-office-ie`).
public typealias AgencyID = DisclosureIdentifier<Agency>
/// Identifies an agency's officer.
public typealias OfficerID = DisclosureIdentifier<Officer>
/// Identifies an agreement between an agency and the data controller.
public typealias AgreementID = DisclosureIdentifier<Agreement>
/// Identifies a disclosure request (`req-2016-000001`).
public typealias RequestID = DisclosureIdentifier<DisclosureRequest>

extension DisclosureIdentifier: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
