/// Identifies an agreement: 1 to 64 ASCII letters, digits, `-`, `_` or `.`, starting
/// with a letter or digit (`mou-2017`).
public struct AgreementID: Hashable, Comparable, Sendable, CustomStringConvertible, DisclosureIdentifier {
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

    public static func < (lhs: AgreementID, rhs: AgreementID) -> Bool { lhs.value < rhs.value }
}

extension AgreementID: Codable {
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
