/// A rule whose condition held for a request, with its reason as the policy states it.
public struct FiredRule: Hashable, Sendable, Codable {
    /// The rule's name; built-in rules are named `built-in:…`.
    public var name: String
    /// What kind of rule it is.
    public var kind: PolicyRuleKind
    /// The rule's `because`.
    public var reason: String
    /// The line of the rule in its policy file; `nil` for a built-in rule.
    public var line: Int?

    /// Creates a record of a rule that fired.
    public init(name: String, kind: PolicyRuleKind, reason: String, line: Int? = nil) {
        self.name = name
        self.kind = kind
        self.reason = reason
        self.line = line
    }
}
