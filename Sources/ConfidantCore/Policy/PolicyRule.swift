/// A condition compiled to a closure over the facts.
typealias PolicyPredicate = @Sendable (PolicyFacts) -> Bool

/// One rule of a loaded policy, its condition compiled.
public struct PolicyRule: Sendable {
    /// The rule's name, unique in its policy.
    public let name: String
    /// What kind of rule it is.
    public let kind: PolicyRuleKind
    /// The rule's `because`.
    public let reason: String
    /// Where the rule starts in its file.
    public let line: Int
    /// The column of its keyword.
    public let column: Int
    /// The categories an `allow` or `forbid` rule names.
    public let fields: [FieldCategory]
    /// The category and level of a `coarsen` rule.
    public let coarsening: FieldRelease?
    /// The condition as written, or `nil` when the rule always applies.
    public let condition: String?
    let fieldMask: Int
    let test: PolicyPredicate
    /// The parts of the condition joined by a top-level `and`, for "why not".
    let conjuncts: [PolicyConjunct]
    /// What a decision records when the rule fires, built once at load.
    let fired: FiredRule
}

/// One part of a condition joined by `and`, checked on its own to explain a refusal.
struct PolicyConjunct: Sendable {
    let text: String
    let location: SourceLocation
    let attributes: [PolicyAttribute]
    let test: PolicyPredicate
}
