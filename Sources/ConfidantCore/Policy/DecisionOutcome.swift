/// What the policy decided. No outcome releases anything by itself: every release
/// still needs a reviewer and a second approver (DOMAIN.md rule 8).
public enum DecisionOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    /// Nothing may be released: a refuse rule fired, a built-in rule refused, or no
    /// allow rule left anything to release (default deny).
    case refused
    /// Not decided: the agreement is suspended, or a hold rule fired. Decide again later.
    case held
    /// The policy would allow a release, but the trace found no one.
    case notTraced = "not-traced"
    /// The policy would allow a release, but the trace is ambiguous: a person must resolve it first.
    case ambiguousTrace = "ambiguous-trace"
    /// May be released after review: the listed fields go to the review queue.
    case queuedForReview = "queued-for-review"
}
