import ConfidantCore

extension MatchTrainer {
    /// Shares of usual family names and first given names among the profiles.
    static func termFrequencies(_ profiles: [TraceProfile]) -> TermFrequencies {
        var family: [String: Int] = [:]
        var given: [String: Int] = [:]
        for profile in profiles {
            guard let name = profile.usualName else { continue }
            family[name.family.text, default: 0] += 1
            if let first = name.firstGiven?.text { given[first, default: 0] += 1 }
        }
        let total = Double(profiles.count)
        func shares(_ counts: [String: Int]) -> [String: Double] {
            // Names seen once carry no more information than the unseen floor, and would bloat the file.
            counts.filter { $0.value >= 2 }.mapValues { Double($0) / total }
        }
        return TermFrequencies(
            familyNames: shares(family), givenNames: shares(given), unseenFrequency: 1 / total)
    }

    /// u probabilities from random pairs of a query-like record and a registry profile,
    /// which are different people almost surely.
    ///
    /// Pairing the query-like records (rather than two clean profiles) makes u describe the
    /// queries as they are written: initials, nicknames, swaps and missing fields occur in
    /// the same proportions as in the data the model scores. Names are compared on
    /// ``Configuration/uPairs`` pairs; the cheap comparisons (birth date, postcode, address,
    /// gender, GP) on ten times as many, because their exact levels are rare. A half-count is
    /// added to every level so none is zero; the NHS number's u is 1/N exactly.
    func estimateU(
        _ profiles: [TraceProfile], _ queries: [QueryFeatures], using rng: inout SeededRandomGenerator
    ) -> [[Double]] {
        var counts = Comparison.allCases.map { [Double](repeating: 0.5, count: $0.levels.count) }
        let namePairs = min(configuration.uPairs, profiles.count * 50)
        for _ in 0..<namePairs {
            let pattern = Comparator.pattern(queries[rng.below(queries.count)], profiles[rng.below(profiles.count)])
            for comparison in [Comparison.familyName, .givenName] where pattern[comparison] != Level.missing {
                counts[comparison.rawValue][Int(pattern[comparison])] += 1
            }
        }
        for _ in 0..<(namePairs * 10) {
            let query = queries[rng.below(queries.count)]
            let other = profiles[rng.below(profiles.count)]
            if let date = query.birthDate {
                counts[Comparison.birthDate.rawValue][Int(Comparator.birthDateLevel(date, other.birthDate))] += 1
            }
            let postcode = Comparator.postcodeLevel(query.postcode, other.addresses)
            if postcode != Level.missing { counts[Comparison.postcode.rawValue][Int(postcode)] += 1 }
            let address = Comparator.addressLevel(query.addressTokens, words: query.addressWords, other.addresses)
            if address != Level.missing { counts[Comparison.address.rawValue][Int(address)] += 1 }
            let gender = Comparator.genderLevel(query.gender, other.gender)
            if gender != Level.missing { counts[Comparison.gender.rawValue][Int(gender)] += 1 }
            if let practice = query.gpPractice, let registered = other.gpPractice {
                counts[Comparison.gpPractice.rawValue][practice == registered ? 0 : 1] += 1
            }
        }
        var u = counts.map { row in row.map { $0 / row.reduce(0, +) } }
        let size = Double(configuration.registrySize ?? profiles.count)
        u[Comparison.nhsNumber.rawValue] = [1 / size, 1 / size, 1 - 2 / size]
        return u
    }
}
