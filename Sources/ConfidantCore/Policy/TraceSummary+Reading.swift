extension TraceSummary {
    /// Reads a case's `trace`: `outcome` (required), `score` (0 to 1, default 1 for a unique
    /// match and 0 otherwise) and `candidates` (default 1 for a unique match, 2 for an
    /// ambiguous one, 0 for no match).
    static func read(_ reader: inout JSONObjectReader) -> TraceSummary? {
        let outcome = reader.code(
            TraceOutcome.self, "outcome", kind: "a trace outcome", required: "say what the trace found")
        let score = Self.score(&reader)
        let candidates = reader.int("candidates")
        if let candidates, candidates < 0 {
            reader.report(.outOfRange(reader.path("candidates"), "the number of candidates cannot be negative"))
        }
        guard let outcome else { return nil }
        let count = candidates ?? Self.defaultCandidates(outcome)
        // The policy reads the outcome; a count that contradicts it would make a case that
        // no trace can produce, so conditions on trace.candidates would be tested on nonsense.
        if outcome == .uniqueMatch && count < 1 {
            reader.report(.inconsistent(reader.path("candidates"), "a unique match has at least one candidate"))
        } else if outcome == .ambiguous && count < 2 {
            reader.report(.inconsistent(reader.path("candidates"), "an ambiguous trace has two or more candidates"))
        }
        guard reader.problems.isEmpty else { return nil }
        return TraceSummary(outcome: outcome, score: score ?? (outcome == .uniqueMatch ? 1 : 0), candidates: count)
    }

    private static func score(_ reader: inout JSONObjectReader) -> Double? {
        guard let value = reader.value("score") else { return nil }
        guard case .number(let score) = value else {
            reader.report(.wrongType(reader.path("score"), "expected a number from 0 to 1, found \(value.kindName)"))
            return nil
        }
        guard (0...1).contains(score) else {
            reader.report(.outOfRange(reader.path("score"), "a match score is from 0 to 1"))
            return nil
        }
        return score
    }

    private static func defaultCandidates(_ outcome: TraceOutcome) -> Int {
        switch outcome {
        case .uniqueMatch: 1
        case .ambiguous: 2
        case .noMatch: 0
        }
    }
}
