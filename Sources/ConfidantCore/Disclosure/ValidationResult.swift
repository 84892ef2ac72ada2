/// The outcome of validating submitted data: the value, or every problem found.
///
/// Validation is an expected outcome, not an error, so it is returned rather
/// than thrown; the HTTP layer turns ``invalid(_:)`` into a 422 problem document
/// listing each ``ValidationProblem``.
public enum ValidationResult<Value: Sendable>: Sendable {
    /// The data was valid.
    case valid(Value)
    /// The data was not valid; never empty.
    case invalid([ValidationProblem])

    /// The value, when valid.
    public var value: Value? {
        if case .valid(let value) = self { return value }
        return nil
    }

    /// The problems found; empty when valid.
    public var problems: [ValidationProblem] {
        if case .invalid(let problems) = self { return problems }
        return []
    }

    /// `valid(value)` when there are no problems and a value was built, else `invalid`.
    static func from(_ value: Value?, problems: [ValidationProblem]) -> ValidationResult<Value> {
        if problems.isEmpty, let value { return .valid(value) }
        if problems.isEmpty {
            return .invalid([.invalidFormat("", "the value could not be read")])
        }
        return .invalid(problems)
    }
}
