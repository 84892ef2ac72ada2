/// A policy's decision on one request, with everything needed to explain and audit it.
public struct PolicyDecision: Hashable, Sendable {
    /// What was decided.
    public var outcome: DecisionOutcome
    /// What may be released after review, each category at its level; empty unless
    /// the outcome is ``DecisionOutcome/queuedForReview``.
    public var fields: ReleasableFields
    /// The policy version that decided, with its content hash.
    public var policy: PolicyReference
    /// Every rule that fired, built-in rules included, in the order they were applied.
    public var firedRules: [FiredRule]
    /// For a refusal, the nearest allow rule and why it did not apply.
    public var whyNot: WhyNot?

    /// Creates a decision (the engine makes them; this is for stores and tests).
    public init(
        outcome: DecisionOutcome, fields: ReleasableFields, policy: PolicyReference, firedRules: [FiredRule],
        whyNot: WhyNot? = nil
    ) {
        self.outcome = outcome
        self.fields = fields
        self.policy = policy
        self.firedRules = firedRules
        self.whyNot = whyNot
    }

    /// The rule that settled the outcome: the first refusing or holding rule, else
    /// the first allow rule, else the last built-in rule applied.
    public var decisiveRule: FiredRule? {
        switch outcome {
        case .refused:
            firedRules.first { $0.kind == .refuse } ?? firedRules.last { $0.kind == .builtIn }
        case .held:
            firedRules.first { $0.kind == .hold || $0.kind == .builtIn }
        case .notTraced, .ambiguousTrace:
            firedRules.last { $0.kind == .builtIn }
        case .queuedForReview:
            firedRules.first { $0.kind == .allow }
        }
    }

    /// Whether `name` fired.
    public func fired(_ name: String) -> Bool { firedRules.contains { $0.name == name } }
}

extension PolicyDecision: Codable {
    private enum CodingKeys: String, CodingKey {
        case outcome
        case fields
        case policy
        case firedRules = "fired_rules"
        case whyNot = "why_not"
    }
}
