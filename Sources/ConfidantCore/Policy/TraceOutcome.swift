/// What a trace found, as the policy sees it (DOMAIN.md rule 6: unique match only).
public enum TraceOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    /// Exactly one candidate matched with high confidence and the runner-up is well below.
    case uniqueMatch = "unique-match"
    /// More than one candidate is plausible: a person must resolve it.
    case ambiguous
    /// No candidate matched.
    case noMatch = "no-match"
}

extension TraceOutcome: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .uniqueMatch: 0
        case .ambiguous: 1
        case .noMatch: 2
        }
    }
}
