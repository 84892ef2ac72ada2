/// Fellegi–Sunter EM over weighted pattern counts with u held fixed: alternately the
/// probability that each pattern is a match (E) and the m probabilities and match share
/// that make those probabilities most likely (M).
struct ExpectationMaximisation {
    let patterns: [(pattern: AgreementPattern, count: Double)]
    let u: [[Double]]
    let free: [Comparison]
    /// No level's m may fall below this: a level never seen among training matches still
    /// happens in real queries, and one comparison alone must not veto a match.
    static let floor = 0.001

    init(counts: PatternCounts, u: [[Double]], fixed: Set<Comparison>) {
        // A fixed order, so that the floating-point sums and hence the model are reproducible.
        patterns = counts.counts.map { ($0.key, $0.value) }.sorted { lhs, rhs in
            if lhs.1 != rhs.1 { return lhs.1 > rhs.1 }
            for index in 0..<8 where lhs.0.levels[index] != rhs.0.levels[index] {
                return lhs.0.levels[index] < rhs.0.levels[index]
            }
            return false
        }
        self.u = u
        free = Comparison.allCases.filter { !fixed.contains($0) }
    }

    struct Estimate {
        var m: [[Double]]
        var lambda: Double
        var expectedMatches: Double
        var iterations: Int
    }

    func run(maxIterations: Int) -> Estimate {
        var m = Self.initialM()
        let total = patterns.reduce(0) { $0 + $1.count }
        var lambda = 0.05
        var matches = 0.0
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            var tallies = Comparison.allCases.map { [Double](repeating: 0, count: $0.levels.count) }
            matches = 0
            for (pattern, count) in patterns {
                var pm = lambda
                var pu = 1 - lambda
                for comparison in free {
                    let level = pattern[comparison]
                    guard level != Level.missing else { continue }
                    pm *= m[comparison.rawValue][Int(level)]
                    pu *= u[comparison.rawValue][Int(level)]
                }
                let posterior = pm / (pm + pu)
                let weight = posterior * count
                matches += weight
                for comparison in free where pattern[comparison] != Level.missing {
                    tallies[comparison.rawValue][Int(pattern[comparison])] += weight
                }
            }
            var change = abs(matches / max(total, 1) - lambda)
            lambda = min(max(matches / max(total, 1), 1e-9), 1 - 1e-9)
            for comparison in free {
                let updated = Self.normalised(tallies[comparison.rawValue])
                change = max(change, zip(updated, m[comparison.rawValue]).map { abs($0 - $1) }.max() ?? 0)
                m[comparison.rawValue] = updated
            }
            if change < 1e-7 { break }
        }
        return Estimate(m: m, lambda: lambda, expectedMatches: matches, iterations: iterations)
    }

    /// Shares with the floor applied and summing to one.
    static func normalised(_ tallies: [Double]) -> [Double] {
        let total = tallies.reduce(0, +)
        guard total > 0 else { return initial(count: tallies.count) }
        let floored = tallies.map { max($0 / total, floor) }
        let sum = floored.reduce(0, +)
        return floored.map { $0 / sum }
    }

    /// A starting point: most matches agree exactly, the rest spread over weaker levels.
    static func initialM() -> [[Double]] {
        Comparison.allCases.map { initial(count: $0.levels.count) }
    }

    private static func initial(count: Int) -> [Double] {
        let rest = (0..<(count - 1)).map { 0.3 / Double(1 << ($0 + 1)) }
        let values = [0.7] + rest
        let sum = values.reduce(0, +)
        return values.map { $0 / sum }
    }
}
