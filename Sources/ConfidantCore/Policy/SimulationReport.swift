/// What replaying requests under two policy versions showed.
public struct SimulationReport: Hashable, Sendable, Codable {
    /// The earlier version.
    public var before: PolicyReference
    /// The later version.
    public var after: PolicyReference
    /// How many requests were replayed.
    public var total: Int
    /// How many got the same outcome and fields under both versions.
    public var unchanged: Int
    /// How many requests got each outcome under each version.
    public var outcomes: [OutcomeCount]
    /// How often each rule fired under each version, most frequent first.
    public var rules: [RuleCount]
    /// Each kind of change, most frequent first.
    public var changes: [DecisionChange]

    /// How many requests got `outcome` under the earlier (`before`) or later version.
    public func count(_ outcome: DecisionOutcome, after: Bool) -> Int {
        outcomes.first { $0.outcome == outcome }.map { after ? $0.after : $0.before } ?? 0
    }

    /// How often `rule` fired under the earlier or later version.
    public func count(rule: String, after: Bool) -> Int {
        rules.first { $0.rule == rule }.map { after ? $0.after : $0.before } ?? 0
    }
}

/// Requests with one outcome under each version.
public struct OutcomeCount: Hashable, Sendable, Codable {
    /// The outcome.
    public var outcome: DecisionOutcome
    /// How many under the earlier version.
    public var before: Int
    /// How many under the later version.
    public var after: Int
}

/// How often one rule fired under each version.
public struct RuleCount: Hashable, Sendable, Codable {
    /// The rule's name.
    public var rule: String
    /// How often under the earlier version.
    public var before: Int
    /// How often under the later version.
    public var after: Int
}

/// One kind of change: requests decided one way before and another after.
public struct DecisionChange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The earlier outcome.
    public var from: DecisionOutcome
    /// The rule that settled the earlier decision.
    public var fromRule: String?
    /// What the earlier decision released.
    public var fromFields: ReleasableFields
    /// The later outcome.
    public var to: DecisionOutcome
    /// The rule that settles the later decision.
    public var toRule: String?
    /// What the later decision releases.
    public var toFields: ReleasableFields
    /// How many requests changed this way.
    public var count: Int
    /// Some of their request ids.
    public var examples: [RequestID]

    /// `queued-for-review (mou-immigration-tracing) → refused (home-office-serious-crime-only)`.
    public var description: String {
        func side(_ outcome: DecisionOutcome, _ rule: String?, _ fields: ReleasableFields) -> String {
            let fieldText = fields.isEmpty ? "" : " \(fields)"
            return "\(outcome.rawValue)\(rule.map { " (\($0))" } ?? "")\(fieldText)"
        }
        return "\(side(from, fromRule, fromFields)) → \(side(to, toRule, toFields))"
    }
}
