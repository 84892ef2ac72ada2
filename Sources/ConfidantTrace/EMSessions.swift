import ConfidantCore

/// The two EM sessions of training, Splink style: each runs over the pairs one training
/// blocking rule makes between query-like records and the registry, estimates m for the
/// comparisons that rule leaves free, and keeps u fixed.
///
/// - By birth date: pairs sharing the exact birth date; free: everything but the birth date.
/// - By name: pairs sharing the Soundex of a family name (any in the history) and the initial
///   of the first given name; free: birth date, postcode, address, GP and NHS number (the
///   names, and gender, which follows given names, are fixed).
struct EMSessions {
    let profiles: [TraceProfile]
    let configuration: MatchTrainer.Configuration
    /// Registry positions by birth day.
    private let byDate: [Int: [Int32]]
    /// Registry positions by family Soundex + given initial.
    private let byName: [String: [Int32]]

    static let fixedByDate: Set<Comparison> = [.birthDate]
    static let fixedByName: Set<Comparison> = [.familyName, .givenName, .gender]

    init(profiles: [TraceProfile], registered: [Bool], configuration: MatchTrainer.Configuration) {
        self.profiles = profiles
        self.configuration = configuration
        var byDate: [Int: [Int32]] = [:]
        var byName: [String: [Int32]] = [:]
        for (position, profile) in profiles.enumerated() where registered[position] {
            byDate[profile.birthDate.daysSinceEpoch, default: []].append(Int32(position))
            guard let initial = profile.usualName?.firstGiven.map({ BlockingKeys.initial($0.text) }) else { continue }
            for soundex in Set(profile.names.map(\.family.soundex)) {
                byName[soundex + initial, default: []].append(Int32(position))
            }
        }
        self.byDate = byDate
        self.byName = byName
    }

    struct Result {
        var m: [[Double]]
        var inRegistry: Double
        var pairsByBirthDate: Int
        var pairsByName: Int
        var iterations: Int
    }

    func run(_ queries: [QueryFeatures], u: [[Double]], using rng: inout SeededRandomGenerator) -> Result {
        var dated = PatternCounts()
        var named = PatternCounts()
        var queriesWithDate = 0
        for query in queries {
            if let date = query.birthDate {
                queriesWithDate += 1
                collect(query, byDate[date.daysSinceEpoch] ?? [], fixed: Self.fixedByDate, into: &dated, using: &rng)
            }
            if let family = query.family, let given = query.firstGiven {
                let block = byName[family.soundex + BlockingKeys.initial(given.text)] ?? []
                collect(query, block, fixed: Self.fixedByName, into: &named, using: &rng)
            }
        }
        let first = ExpectationMaximisation(counts: dated, u: u, fixed: Self.fixedByDate)
            .run(maxIterations: configuration.maxIterations)
        let second = ExpectationMaximisation(counts: named, u: u, fixed: Self.fixedByName)
            .run(maxIterations: configuration.maxIterations)
        var m = first.m
        m[Comparison.birthDate.rawValue] = second.m[Comparison.birthDate.rawValue]
        for comparison in [Comparison.postcode, .address, .gpPractice, .nhsNumber] {
            // Both sessions estimate these: pool them by how many matches each saw.
            let a = first.expectedMatches
            let b = second.expectedMatches
            m[comparison.rawValue] = zip(first.m[comparison.rawValue], second.m[comparison.rawValue]).map {
                ($0 * a + $1 * b) / max(a + b, 1)
            }
        }
        // Matches found by birth date = queries with a date × P(in registry) × P(date exact | match).
        let exactDate = m[Comparison.birthDate.rawValue][Int(Level.BirthDate.exact)]
        let inRegistry = first.expectedMatches / max(Double(queriesWithDate) * exactDate, 1)
        return Result(
            m: m, inRegistry: inRegistry, pairsByBirthDate: Int(dated.pairs), pairsByName: Int(named.pairs),
            iterations: max(first.iterations, second.iterations))
    }

    /// Adds a query's pairs with one block, sampling a large block down and weighting it back up.
    private func collect(
        _ query: QueryFeatures, _ block: [Int32], fixed: Set<Comparison>, into counts: inout PatternCounts,
        using rng: inout SeededRandomGenerator
    ) {
        guard !block.isEmpty else { return }
        let limit = configuration.maxBlockSize
        let weight = block.count > limit ? Double(block.count) / Double(limit) : 1
        let chosen: [Int32] = block.count > limit ? (0..<limit).map { _ in block[rng.below(block.count)] } : block
        for position in chosen {
            var pattern = Comparator.pattern(query, profiles[Int(position)])
            for comparison in fixed { pattern[comparison] = Level.missing }
            counts.add(pattern, weight: weight)
        }
    }
}
