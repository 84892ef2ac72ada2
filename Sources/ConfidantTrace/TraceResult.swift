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

    /// Which search produced the result. Each runs only when the one before it fails.
    public enum Stage: String, Sendable, Hashable, Codable {
        /// The NHS number, or family name, first given name and birth date exactly.
        case exact
        /// Phonetic names and the birth date (with its common errors), or district and
        /// birth date; runs when the exact search finds nobody.
        case fuzzy
        /// Everything the fuzzy search looked up, plus the wide blocks keyed on part of the
        /// birth date or none of it; runs when the fuzzy search finds no unique match.
        case broad
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
