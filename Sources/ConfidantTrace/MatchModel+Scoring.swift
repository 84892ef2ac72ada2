import Foundation

extension MatchModel {
    /// log2 of the prior odds that one registry record is the person a query is about:
    /// `p / (N (1 − p))` for in-registry share `p` and registry size `N`.
    var logPriorOdds: Double {
        log2(inRegistryProbability) - log2(Double(registrySize)) - log2(1 - inRegistryProbability)
    }

    /// Term-frequency corrections for one query, computed once and applied to every candidate.
    struct QueryTerms {
        /// Added to the family exact and previous levels: log2(u_exact / tf(family)).
        var family: Double = 0
        /// Added to the given exact level: log2(u_exact / tf(given)).
        var given: Double = 0
    }

    func terms(for query: QueryFeatures) -> QueryTerms {
        var terms = QueryTerms()
        if let family = query.family?.text {
            let frequency = termFrequencies.familyNames[family] ?? termFrequencies.unseenFrequency
            terms.family = log2(exactU.family / frequency)
        }
        if let given = query.firstGiven?.text {
            let frequency = termFrequencies.givenNames[given] ?? termFrequencies.unseenFrequency
            terms.given = log2(exactU.given / frequency)
        }
        return terms
    }

    /// The weight (log2 Bayes factor) each comparison contributes, zero for missing ones.
    func comparisonWeights(_ pattern: AgreementPattern, _ terms: QueryTerms) -> [Double] {
        Comparison.allCases.map { comparisonWeight($0, pattern, terms) }
    }

    func comparisonWeight(_ comparison: Comparison, _ pattern: AgreementPattern, _ terms: QueryTerms) -> Double {
        let level = pattern[comparison]
        guard level != Level.missing else { return 0 }
        if comparison == .nhsNumber, level == Level.NHS.unverified { return 0 }
        var weight = weights[comparison.rawValue][Int(level)]
        if comparison == .familyName, level <= Level.Family.previous {
            weight += terms.family
        } else if comparison == .givenName, level == Level.Given.exact, pattern[.familyName] != Level.Family.swapped {
            weight += terms.given
        }
        return weight
    }

    /// Every comparison's verdict for a pattern: its name, its level's name (or `missing`)
    /// and the weight it contributes, in ``Comparison`` order.
    func agreement(_ pattern: AgreementPattern, _ terms: QueryTerms) -> [TraceCandidate.Agreement] {
        Comparison.allCases.map { comparison in
            let level = pattern[comparison]
            return TraceCandidate.Agreement(
                comparison: comparison.name,
                level: level == Level.missing ? "missing" : comparison.levels[Int(level)],
                weight: comparisonWeight(comparison, pattern, terms))
        }
    }

    /// The total log2 Bayes factor of a pattern (before the prior).
    func bayesFactorBits(_ pattern: AgreementPattern, _ terms: QueryTerms) -> Double {
        var total = 0.0
        for comparison in Comparison.allCases {
            total += comparisonWeight(comparison, pattern, terms)
        }
        return total
    }

    /// Match probabilities for a set of candidates, assuming at most one of them is the person:
    /// `P(i) = BFᵢ / (O + Σⱼ BFⱼ)`, where `O = N (1 − p) / p` is the odds mass of "none of them".
    ///
    /// - Parameter bits: each candidate's log2 Bayes factor.
    func posteriorProbabilities(_ bits: [Double]) -> [Double] {
        let none = -logPriorOdds
        let top = max(none, bits.max() ?? none)
        let denominator = exp2(none - top) + bits.reduce(0) { $0 + exp2($1 - top) }
        return bits.map { exp2($0 - top) / denominator }
    }
}
