import ConfidantCore

/// How well tracing does on labelled queries: accuracy, precision, recall, false matches,
/// calibration and the recall of each blocking rule.
public struct TraceEvaluation: Sendable, Hashable, Codable {
    /// Queries traced.
    public var queries = 0
    /// Queries whose subject is in the registry.
    public var withTrueMatch = 0
    /// Queries with a true match whose top candidate is it.
    public var topOneCorrect = 0
    /// Queries about restricted patients that name a location: policy forbids finding them.
    public var withheldByPolicy = 0
    /// Queries whose outcome is a match.
    public var matches = 0
    /// The sum of the matched candidates' probabilities, for calibration at the threshold.
    public var matchedProbability = 0.0
    /// Matches to the true patient.
    public var correctMatches = 0
    /// Matches to the wrong patient, or to anyone when the subject is not in the registry.
    public var falseMatches = 0
    /// Outcomes other than a match.
    public var ambiguous = 0
    public var noMatch = 0
    public var insufficient = 0
    /// Which stage decided each query.
    public var exactStage = 0
    public var fuzzyStage = 0
    public var broadStage = 0
    /// Per blocking rule, the share of queries with a true match whose keys of that rule find it.
    public var ruleRecall: [String: Double] = [:]
    /// The share of queries with a true match that any blocking key finds.
    public var unionRecall = 0.0
    /// Ten equal-width bins of the top candidate's probability against whether it is the true match.
    public var calibration: [CalibrationBin] = (0..<10).map { CalibrationBin(lower: Double($0) / 10) }
    /// Per corruption kind: queries that had it, top-one correct among those with a true match, false matches.
    public var byCorruption: [String: KindTally] = [:]

    /// One tenth of the probability range: how many top candidates fell in it, the sum of
    /// their probabilities and how many of them were the true patient.
    public struct CalibrationBin: Sendable, Hashable, Codable {
        public var lower: Double
        public var count = 0
        public var predicted = 0.0
        public var observed = 0.0

        /// An empty bin starting at `lower`.
        public init(lower: Double) { self.lower = lower }
    }

    /// Tallies for the queries that had one kind of error.
    public struct KindTally: Sendable, Hashable, Codable {
        /// Queries traced.
        public var queries = 0
        public var withTrueMatch = 0
        public var topOneCorrect = 0
        public var falseMatches = 0
    }

    /// An empty evaluation, to ``record(_:_:)`` into.
    public init() {}

    /// Top-one accuracy among queries that have a true match.
    public var topOneAccuracy: Double { ratio(topOneCorrect, withTrueMatch) }
    /// Top-one accuracy among queries with a true match that policy allows the search to find.
    public var topOneAccuracyAllowed: Double { ratio(topOneCorrect, withTrueMatch - withheldByPolicy) }
    /// Correct matches among all matches.
    public var precision: Double { ratio(correctMatches, matches) }
    /// Correct matches among queries that have a true match.
    public var recall: Double { ratio(correctMatches, withTrueMatch) }
    /// False matches over all queries.
    public var falseMatchRate: Double { ratio(falseMatches, queries) }
    /// Calibration at the decision threshold: the matched candidates' mean probability minus
    /// the share of matches that are right (positive when over-confident).
    public var matchCalibrationGap: Double { matches == 0 ? 0 : matchedProbability / Double(matches) - precision }
    /// Expected calibration error over the ten bins, weighted by their counts.
    public var expectedCalibrationError: Double {
        let total = calibration.reduce(0) { $0 + $1.count }
        guard total > 0 else { return 0 }
        return calibration.reduce(0) { sum, bin in
            guard bin.count > 0 else { return sum }
            let count = Double(bin.count)
            return sum + count / Double(total) * abs(bin.predicted / count - bin.observed / count)
        }
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    /// Adds one traced query to the tallies.
    public mutating func record(_ labelled: LabelledQuery, _ result: TraceResult) {
        queries += 1
        let truth = labelled.truth
        let top = result.candidates.first
        let topIsTrue = truth != nil && top?.nhsNumber == truth
        if truth != nil { withTrueMatch += 1 }
        if topIsTrue { topOneCorrect += 1 }
        if labelled.isWithheldByPolicy { withheldByPolicy += 1 }
        switch result.outcome {
        case .match:
            matches += 1
            matchedProbability += result.matched?.probability ?? 0
            if result.matchedNHSNumber == truth { correctMatches += 1 } else { falseMatches += 1 }
        case .ambiguous: ambiguous += 1
        case .noMatch: noMatch += 1
        case .insufficient: insufficient += 1
        }
        switch result.stage {
        case .exact: exactStage += 1
        case .fuzzy: fuzzyStage += 1
        case .broad: broadStage += 1
        case nil: break
        }
        let probability = top?.probability ?? 0
        let bin = min(Int(probability * 10), 9)
        calibration[bin].count += 1
        calibration[bin].predicted += probability
        calibration[bin].observed += topIsTrue ? 1 : 0
        for kind in Set(labelled.corruptions) {
            var tally = byCorruption[kind.rawValue] ?? KindTally()
            tally.queries += 1
            if truth != nil { tally.withTrueMatch += 1 }
            if topIsTrue { tally.topOneCorrect += 1 }
            if result.outcome == .match, result.matchedNHSNumber != truth { tally.falseMatches += 1 }
            byCorruption[kind.rawValue] = tally
        }
    }

    /// Traces every query and measures the blocking recall of each rule against `source`.
    ///
    /// - Throws: whatever the tracer's candidate source throws.
    public static func run(
        _ queries: [LabelledQuery], tracer: Tracer, source: some TraceCandidateSource
    ) async throws -> TraceEvaluation {
        var evaluation = TraceEvaluation()
        var found: [BlockingRule: Int] = [:]
        var foundByAny = 0
        let limit = tracer.model.thresholds.limitPerKey
        for labelled in queries {
            evaluation.record(labelled, try await tracer.trace(labelled.query))
            guard let truth = labelled.truth, case .sufficient = labelled.query.sufficiency else { continue }
            let keys = BlockingKeys.keys(for: labelled.query)
            let profiles = try await source.profiles(forBlockingKeys: keys.map(\.key), limitPerKey: limit)
            let rules = Set(keys.filter { profiles[$0.key]?.contains { $0.nhsNumber == truth } ?? false }.map(\.rule))
            for rule in rules { found[rule, default: 0] += 1 }
            if !rules.isEmpty { foundByAny += 1 }
        }
        let withTruth = Double(max(evaluation.withTrueMatch, 1))
        for rule in BlockingRule.allCases {
            evaluation.ruleRecall[rule.rawValue] = Double(found[rule] ?? 0) / withTruth
        }
        evaluation.unionRecall = Double(foundByAny) / withTruth
        return evaluation
    }
}
