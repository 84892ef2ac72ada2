import ConfidantCore

/// The outcome of one trace, with every candidate the search considered.
public struct TraceResult: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// Exactly one candidate clears the threshold and the runner-up is far enough below.
        case match
        /// Several candidates clear the threshold, or the runner-up is too close: a person decides.
        case ambiguous
        /// No candidate clears the threshold.
        case noMatch = "no-match"
        /// The query holds too little to search safely (see ``TraceQuery/sufficiency``).
        case insufficient
    }

    /// Which search produced the result: fuzzy runs only when the exact one finds nobody.
    public enum Stage: String, Sendable, Hashable, Codable {
        case exact
        case fuzzy
    }

    public var outcome: Outcome
    /// `nil` when the query was insufficient and no search ran.
    public var stage: Stage?
    /// Every candidate, most probable first.
    public var candidates: [TraceCandidate]
    /// Set only when ``outcome`` is ``Outcome/match``.
    public var matchedNHSNumber: NHSNumber?
    /// Why the query is insufficient, naming fields only; `nil` otherwise.
    public var reason: String?

    public init(
        outcome: Outcome, stage: Stage?, candidates: [TraceCandidate], matchedNHSNumber: NHSNumber? = nil,
        reason: String? = nil
    ) {
        self.outcome = outcome
        self.stage = stage
        self.candidates = candidates
        self.matchedNHSNumber = outcome == .match ? matchedNHSNumber : nil
        self.reason = reason
    }

    /// The matched candidate, when the outcome is a match.
    public var matched: TraceCandidate? {
        guard let matchedNHSNumber else { return nil }
        return candidates.first { $0.nhsNumber == matchedNHSNumber }
    }
}
