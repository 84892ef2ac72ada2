import Foundation

/// The m and u probabilities of one comparison's levels.
public struct ComparisonParameters: Sendable, Codable, Hashable {
    /// The ``Comparison/name``.
    public var comparison: String
    /// In the order of ``Comparison/levels``.
    public var levels: [LevelParameters]

    /// Creates the parameters of one comparison.
    public init(comparison: String, levels: [LevelParameters]) {
        self.comparison = comparison
        self.levels = levels
    }
}

/// One comparison level's probabilities.
public struct LevelParameters: Sendable, Codable, Hashable {
    /// The ``Comparison/levels`` name.
    public var name: String
    /// P(level | same person).
    public var m: Double
    /// P(level | different people).
    public var u: Double

    /// Creates one level's probabilities.
    public init(name: String, m: Double, u: Double) {
        self.name = name
        self.m = m
        self.u = u
    }
}

/// How common each normalised name is in the registry, for term-frequency adjustment: an
/// exact agreement on `SMITH` is weaker evidence than one on a rare name.
public struct TermFrequencies: Sendable, Codable, Hashable {
    /// Share of patients with each usual family name (names seen at least twice).
    public var familyNames: [String: Double]
    /// Share of patients with each first given name (names seen at least twice).
    public var givenNames: [String: Double]
    /// The share assumed for a name absent from the tables.
    public var unseenFrequency: Double

    /// Creates the tables.
    public init(familyNames: [String: Double], givenNames: [String: Double], unseenFrequency: Double) {
        self.familyNames = familyNames
        self.givenNames = givenNames
        self.unseenFrequency = unseenFrequency
    }
}

/// When a trace is a match.
public struct Thresholds: Sendable, Codable, Hashable {
    /// A candidate clears the threshold when its match probability is at least this, and
    /// a match needs the top candidate's probability at least this.
    public var matchProbability: Double
    /// The runner-up's match weight must be at least this many bits (log2) below the top one's.
    public var marginBits: Double
    /// At most this many profiles are fetched per blocking key.
    public var limitPerKey: Int

    /// The defaults: probability 0.99, a 6-bit (64×) margin, 100 profiles per key.
    public init(matchProbability: Double = 0.99, marginBits: Double = 6, limitPerKey: Int = 100) {
        self.matchProbability = matchProbability
        self.marginBits = marginBits
        self.limitPerKey = limitPerKey
    }
}

/// What a model was trained on, recorded in the model file.
public struct TrainingSummary: Sendable, Codable, Hashable {
    /// Registry profiles given to the trainer.
    public var profiles: Int
    /// Random profile pairs sampled for u (names; cheaper comparisons used more).
    public var uPairs: Int
    /// Unlabelled query records the EM ran over, and whether they were synthesised by the
    /// trainer (no real queries supplied) rather than real past requests.
    public var queries: Int
    /// Whether the trainer wrote the query-like records itself.
    public var queriesWereSynthetic: Bool
    /// Pairs in the EM sessions (blocked on birth date; on family Soundex and given initial).
    public var emPairsByBirthDate: Int
    /// Pairs in the session blocked on family Soundex and given initial.
    public var emPairsByName: Int
    /// Iterations of the longer of the two EM sessions.
    public var emIterations: Int
    /// The EM's estimate of the share of queries whose subject is in the registry.
    public var estimatedInRegistry: Double
    /// The trainer's seed.
    public var seed: UInt64

    /// Records a training run.
    public init(
        profiles: Int, uPairs: Int, queries: Int, queriesWereSynthetic: Bool, emPairsByBirthDate: Int,
        emPairsByName: Int, emIterations: Int, estimatedInRegistry: Double, seed: UInt64
    ) {
        self.profiles = profiles
        self.uPairs = uPairs
        self.queries = queries
        self.queriesWereSynthetic = queriesWereSynthetic
        self.emPairsByBirthDate = emPairsByBirthDate
        self.emPairsByName = emPairsByName
        self.emIterations = emIterations
        self.estimatedInRegistry = estimatedInRegistry
        self.seed = seed
    }
}
