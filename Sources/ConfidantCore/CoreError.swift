/// An error from the domain layer: a value that breaks a rule.
///
/// Equality compares the ``code`` only. ``message`` is safe to show to users: it
/// names the field and the rule, never the value (which may be patient data).
public struct CoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of rule was broken. New codes may be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case invalidField
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A field's value breaks a rule.
        public static let invalidField = Code(.invalidField)

        public var description: String {
            switch base {
            case .invalidField: "invalid-field"
            }
        }
    }

    public let code: Code
    /// The field concerned, in the vocabulary of the registry CSV (`birth_date`).
    public let field: String
    /// What is wrong, safe for users and logs.
    public let message: String

    private init(code: Code, field: String, message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    /// A field whose value breaks a rule.
    public static func invalidField(_ field: String, _ message: String) -> CoreError {
        CoreError(code: .invalidField, field: field, message: message)
    }

    public var description: String { "\(field): \(message)" }

    public static func == (lhs: CoreError, rhs: CoreError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
