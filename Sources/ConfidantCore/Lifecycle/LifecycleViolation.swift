/// Why an event cannot be appended to a request's history.
///
/// Equality compares the ``code`` only; ``message`` is safe to show to staff and agencies.
public struct LifecycleViolation: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule broken. New codes may be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case outOfOrder, sameReviewerAndApprover, notStaff, invalidReview, fieldsNotAllowed, noEmbargo
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The event does not follow from the request's current status (or sequence).
        public static let outOfOrder = Code(.outOfOrder)
        /// The approver is the person who reviewed the request (four eyes).
        public static let sameReviewerAndApprover = Code(.sameReviewerAndApprover)
        /// Only a member of staff may review, approve or refuse.
        public static let notStaff = Code(.notStaff)
        /// The public-interest test is incomplete or inconsistent.
        public static let invalidReview = Code(.invalidReview)
        /// The recommended fields go beyond what the policy decided may be released.
        public static let fieldsNotAllowed = Code(.fieldsNotAllowed)
        /// There is no active embargo to lift.
        public static let noEmbargo = Code(.noEmbargo)

        public var description: String {
            switch base {
            case .outOfOrder: "out-of-order"
            case .sameReviewerAndApprover: "same-reviewer-and-approver"
            case .notStaff: "not-staff"
            case .invalidReview: "invalid-review"
            case .fieldsNotAllowed: "fields-not-allowed"
            case .noEmbargo: "no-embargo"
            }
        }
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }

    public static func == (lhs: LifecycleViolation, rhs: LifecycleViolation) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
