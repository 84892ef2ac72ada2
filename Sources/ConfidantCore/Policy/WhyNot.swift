/// For a refusal, the nearest way it could have gone the other way: the allow rule
/// that came closest, which of its conditions failed (with the request's actual
/// values), and what blocked it if all its conditions held.
///
/// "Nearest" is the allow rule with the fewest failing top-level conditions (the
/// parts joined by `and`), among rules allowing something the request asked for;
/// ties go to the rule written first.
public struct WhyNot: Hashable, Sendable, Codable {
    /// The nearest allow rule.
    public var rule: String
    /// Its `because`.
    public var reason: String
    /// Its line in the policy file.
    public var line: Int
    /// Its conditions that did not hold; empty when all held and something else blocked it.
    public var failedConditions: [FailedCondition]
    /// The rules that stopped the release (refuse rules, forbid rules, built-in rules).
    public var blockedBy: [String]

    /// Creates an explanation (the engine makes them; this is for stores and tests).
    public init(rule: String, reason: String, line: Int, failedConditions: [FailedCondition], blockedBy: [String]) {
        self.rule = rule
        self.reason = reason
        self.line = line
        self.failedConditions = failedConditions
        self.blockedBy = blockedBy
    }

    /// One sentence for a reviewer or the requester.
    public var summary: String {
        if failedConditions.isEmpty {
            return
                "'\(rule)' would have allowed it, but \(blockedBy.map { "'\($0)'" }.joined(separator: " and ")) stopped it."
        }
        let failures = failedConditions.map { condition in
            let values = condition.readings.map { "\($0.attribute) is \($0.value)" }.joined(separator: ", ")
            return values.isEmpty ? condition.text : "\(condition.text) (\(values))"
        }
        return "'\(rule)' would have allowed it if: " + failures.joined(separator: "; and ")
    }

    private enum CodingKeys: String, CodingKey {
        case rule
        case reason
        case line
        case failedConditions = "failed_conditions"
        case blockedBy = "blocked_by"
    }
}

/// A condition of an allow rule that did not hold for the request.
public struct FailedCondition: Hashable, Sendable, Codable {
    /// The condition as written (`offence.max_sentence_months >= 12`).
    public var text: String
    /// The line where the condition starts.
    public var line: Int
    /// The column where the condition starts.
    public var column: Int
    /// The request's values of the attributes the condition reads.
    public var readings: [AttributeReading]

    /// Creates a failed condition.
    public init(text: String, line: Int, column: Int, readings: [AttributeReading]) {
        self.text = text
        self.line = line
        self.column = column
        self.readings = readings
    }
}

/// An attribute's value in a decision, written as a policy would write it.
public struct AttributeReading: Hashable, Sendable, Codable {
    /// The attribute's name.
    public var attribute: String
    /// Its value, as a policy would write it.
    public var value: String

    /// Creates a reading.
    public init(attribute: String, value: String) {
        self.attribute = attribute
        self.value = value
    }
}
