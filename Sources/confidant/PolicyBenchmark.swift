import ConfidantCore

/// The measurements behind `confidant policy bench`, timed with `ContinuousClock`.
struct PolicyBenchmark {
    /// The cases to decide.
    let cases: [PolicyInput]

    /// Nanoseconds per decision: every case under every version, `rounds` times, each
    /// decision timed on its own (after one untimed round to warm caches), sorted.
    func decisionNanoseconds(_ versions: [Policy], rounds: Int) -> [Double] {
        var samples: [Double] = []
        samples.reserveCapacity(cases.count * versions.count * rounds)
        var rulesFired = 0
        for round in 0...rounds {
            for policy in versions {
                for input in cases {
                    let start = ContinuousClock.now
                    let decision = policy.decide(input)
                    let elapsed = ContinuousClock.now - start
                    rulesFired &+= decision.firedRules.count
                    if round > 0 { samples.append(elapsed.nanoseconds) }
                }
            }
        }
        // Using the result keeps the optimiser from dropping decisions nobody reads.
        precondition(rulesFired >= 0 || cases.isEmpty, "fired-rule count overflowed")
        return samples.sorted()
    }

    /// Seconds to replay `count` cases (the cases repeated in order) under two versions,
    /// the median of `runs` runs.
    func replaySeconds(count: Int, before: Policy, after: Policy, runs: Int) -> Double {
        let inputs = (0..<count).map { cases[$0 % cases.count] }
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = ContinuousClock.now
            let report = PolicySimulation.compare(inputs, before: before, after: after)
            times.append((ContinuousClock.now - start).nanoseconds / 1e9)
            precondition(report.total == count, "the replay lost cases")
        }
        return times.sorted()[times.count / 2]
    }

    /// The value at `fraction` (0.5, 0.99) of sorted samples.
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}

extension Duration {
    /// The duration in nanoseconds as a floating-point number.
    var nanoseconds: Double {
        Double(components.seconds) * 1e9 + Double(components.attoseconds) / 1e9
    }
}
