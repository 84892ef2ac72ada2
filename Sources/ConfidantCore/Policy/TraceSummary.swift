/// The part of a trace result the policy needs: the outcome, the best score and
/// how many candidates the search matched. `ConfidantTrace` produces the full result.
public struct TraceSummary: Hashable, Sendable, Codable {
    /// What the trace found.
    public var outcome: TraceOutcome
    /// The best candidate's match probability, 0 to 1 (1 is exact).
    public var score: Double
    /// How many candidates the search matched.
    public var candidates: Int

    /// Summarises a trace result.
    public init(outcome: TraceOutcome, score: Double, candidates: Int) {
        self.outcome = outcome
        self.score = score
        self.candidates = candidates
    }

    /// A single exact match.
    public static let exactMatch = TraceSummary(outcome: .uniqueMatch, score: 1, candidates: 1)
    /// Nothing matched.
    public static let noMatch = TraceSummary(outcome: .noMatch, score: 0, candidates: 0)
}
