/// Weighted counts of distinct agreement patterns.
struct PatternCounts {
    var counts: [AgreementPattern: Double] = [:]
    var pairs: Double = 0

    mutating func add(_ pattern: AgreementPattern, weight: Double) {
        counts[pattern, default: 0] += weight
        pairs += weight
    }
}
