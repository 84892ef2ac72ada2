/// One thing wrong with a submitted value: the field, the rule it breaks, and a
/// message safe to show the submitter (an HTTP 4xx problem detail).
///
/// Messages name the field and the rule. They never repeat patient data (NHS
/// numbers, names, dates of birth, postcodes); they may repeat a code the
/// submitter typed for a closed list (an unknown field category, say), because
/// that is what they need to correct it.
///
/// Equality compares the ``code`` and the ``field``, so tests and callers can ask
/// "was the legal basis reported missing?" without matching message wording.
public struct ValidationProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of rule was broken. New codes may be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case missing
            case wrongType
            case unknownKey
            case unknownValue
            case outOfRange
            case invalidFormat
            case inconsistent
            case notPermitted
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A required field is absent (or `null`).
        public static let missing = Code(.missing)
        /// The JSON value has the wrong type (a number where text belongs).
        public static let wrongType = Code(.wrongType)
        /// A key the format does not define (often a misspelling).
        public static let unknownKey = Code(.unknownKey)
        /// A code that is not in its closed list (an unknown field category).
        public static let unknownValue = Code(.unknownValue)
        /// A number or date outside what the rule allows (a negative sentence).
        public static let outOfRange = Code(.outOfRange)
        /// Text that does not have the required shape (an invalid NHS number).
        public static let invalidFormat = Code(.invalidFormat)
        /// Fields that contradict each other (countersigned by the requesting officer).
        public static let inconsistent = Code(.inconsistent)
        /// A value the law or the gateway never allows (clinical information).
        public static let notPermitted = Code(.notPermitted)

        public var description: String {
            switch base {
            case .missing: "missing"
            case .wrongType: "wrong-type"
            case .unknownKey: "unknown-key"
            case .unknownValue: "unknown-value"
            case .outOfRange: "out-of-range"
            case .invalidFormat: "invalid-format"
            case .inconsistent: "inconsistent"
            case .notPermitted: "not-permitted"
            }
        }
    }

    /// What kind of rule was broken.
    public let code: Code
    /// Where, as a JSON path in the request's own key names: `offence.max_sentence_months`,
    /// `requested_fields[2]`, `subject.nhs_number`.
    public let field: String
    /// What is wrong and how to put it right, safe for users and logs.
    public let message: String

    private init(code: Code, field: String, message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    /// A required field is absent.
    public static func missing(_ field: String, _ message: String) -> ValidationProblem {
        ValidationProblem(code: .missing, field: field, message: message)
    }

    /// A JSON value of the wrong type.
    public static func wrongType(_ field: String, _ message: String) -> ValidationProblem {
        ValidationProblem(code: .wrongType, field: field, message: message)
    }

    /// A key the format does not define.
    public static func unknownKey(_ field: String, _ message: String) -> ValidationProblem {
        ValidationProblem(code: .unknownKey, field: field, message: message)
    }

    /// A code outside its closed list.
    public static func unknownValue(_ field: String, _ message: String) -> ValidationProblem {
        ValidationProblem(code: .unknownValue, field: field, message: message)
    }

    /// A number or date outside its allowed range.
    public static func outOfRange(_ field: String, _ message: String) -> ValidationProblem {
        ValidationProblem(code: .outOfRange, field: field, message: message)
    }

    /// Text without the required shape.
    public static func invalidFormat(_ field: String, _ message: String) -> ValidationProblem {
        ValidationProblem(code: .invalidFormat, field: field, message: message)
    }

    /// Fields that contradict each other.
    public static func inconsistent(_ field: String, _ message: String) -> ValidationProblem {
        ValidationProblem(code: .inconsistent, field: field, message: message)
    }

    /// A value that is never allowed.
    public static func notPermitted(_ field: String, _ message: String) -> ValidationProblem {
        ValidationProblem(code: .notPermitted, field: field, message: message)
    }

    /// The same problem reported at another field (an identifier's problem at `agency`).
    public func at(_ field: String) -> ValidationProblem {
        ValidationProblem(code: code, field: field, message: message)
    }

    public var description: String { "\(field): \(message)" }

    public static func == (lhs: ValidationProblem, rhs: ValidationProblem) -> Bool {
        lhs.code == rhs.code && lhs.field == rhs.field
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(field)
    }
}
