/// What a trace found, as recorded in the request's history: the outcome and every
/// candidate the search considered, not only the one matched (DOMAIN rule 6).
public struct TraceRecord: Hashable, Sendable, Codable {
    public var outcome: TraceOutcome
    /// The patient matched, only when ``outcome`` is `unique-match`.
    public var matched: NHSNumber?
    /// Every candidate, best first.
    public var candidates: [Candidate]

    public init(outcome: TraceOutcome, matched: NHSNumber?, candidates: [Candidate]) {
        self.outcome = outcome
        self.matched = matched
        self.candidates = candidates
    }

    /// One candidate and its calibrated match probability.
    public struct Candidate: Hashable, Sendable, Codable {
        public var nhsNumber: NHSNumber
        public var probability: Double

        public init(nhsNumber: NHSNumber, probability: Double) {
            self.nhsNumber = nhsNumber
            self.probability = probability
        }
    }

    /// Whether exactly one patient was matched with confidence.
    public var isUniqueMatch: Bool { outcome == .uniqueMatch && matched != nil }

    /// What the policy sees of the trace: outcome, best score and how many candidates.
    public var summary: TraceSummary {
        TraceSummary(outcome: outcome, score: candidates.first?.probability ?? 0, candidates: candidates.count)
    }
}
