/// The kinds of rule: the five a policy can contain, and the gateway's own built-in rules.
public enum PolicyRuleKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Refuses the request; beats every other rule.
    case refuse
    /// Holds the request undecided.
    case hold
    /// Allows field categories.
    case allow
    /// Forbids field categories; beats allow.
    case forbid
    /// Releases a category at a coarser level.
    case coarsen
    /// A rule of the gateway itself that no policy can change (clinical never released,
    /// restricted patients, suspended agreements, unique trace, default deny).
    case builtIn = "built-in"

    /// The kind a policy keyword starts (`built-in` is not one).
    init?(keyword: String) {
        guard let kind = PolicyRuleKind(rawValue: keyword), kind != .builtIn else { return nil }
        self = kind
    }

    /// The keyword as written in policies.
    var keyword: String { rawValue }
}
