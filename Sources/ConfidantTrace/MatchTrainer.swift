import ConfidantCore
import Foundation

/// Trains a ``MatchModel`` without labels, the way Splink does.
///
/// - **u** (how often levels occur between different people) from random pairs of registry
///   profiles, since almost every random pair is two different people.
/// - **m** (how often levels occur for the same person) by expectation–maximisation over
///   blocked pairs between the registry and *query-like records* whose true identity is never
///   used: real past requests when the caller has them, otherwise records the trainer writes
///   itself from a sample of profiles with ``QueryCorruptor/Rates/training`` errors, some of
///   them for profiles held out of the registry. Two EM sessions run, one over pairs that share
///   a birth date (it estimates everything but the birth date) and one over pairs that share
///   the family-name Soundex and given initial (it estimates birth date and location), each
///   with the comparisons its blocking rule fixes left out, and u fixed.
/// - **Term frequencies** of family and first given names from the profiles.
public struct MatchTrainer: Sendable {
    /// Training settings.
    public struct Configuration: Sendable, Hashable {
        /// Seeds every random choice: the same profiles and seed give the same model.
        public var seed: UInt64 = 0x7472_6163_65
        /// Patients in the registry the model will search; defaults to the number of profiles given.
        public var registrySize: Int?
        /// Query-like records to synthesise when no real queries are given.
        public var syntheticQueries = 20_000
        /// Share of synthesised records written about profiles that are held out of the registry is `1 −` this.
        public var syntheticInRegistryShare = 0.9
        /// Random profile pairs compared in full for u; cheaper comparisons use ten times as many.
        public var uPairs = 1_000_000
        /// A block larger than this is sampled down (pairs are weighted back up).
        public var maxBlockSize = 300
        /// EM stops after this many iterations if it has not converged.
        public var maxIterations = 200
        /// Overrides the EM's estimate of the share of queries about patients in the registry.
        public var inRegistryProbability: Double?
        /// Written into the model.
        public var thresholds = Thresholds()

        /// The defaults.
        public init() {}
    }

    /// The settings used.
    public let configuration: Configuration

    /// Creates a trainer.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Trains a model.
    ///
    /// - Parameters:
    ///   - profiles: registry profiles, all of them or a random sample (a few hundred thousand is plenty).
    ///   - queries: real past queries, unlabelled, if there are any; otherwise the trainer writes its own.
    ///   - trainedAt: recorded in the model file.
    /// - Throws: ``TraceError/Code/insufficientTrainingData`` for fewer than 500 profiles.
    public func train(profiles: [TraceProfile], queries: [TraceQuery] = [], trainedAt: Date) throws -> MatchModel {
        guard profiles.count >= 500 else {
            throw TraceError.insufficientTrainingData("training needs at least 500 registry profiles")
        }
        var rng = SeededRandomGenerator(seed: configuration.seed)
        let frequencies = Self.termFrequencies(profiles)
        let training = trainingQueries(profiles, queries, using: &rng)
        let u = estimateU(profiles, training.features, using: &rng)
        let sessions = EMSessions(profiles: profiles, registered: training.registered, configuration: configuration)
        let result = sessions.run(training.features, u: u, using: &rng)
        let size = configuration.registrySize ?? profiles.count
        let prior = configuration.inRegistryProbability ?? min(max(result.inRegistry, 0.5), 0.995)
        let comparisons = Comparison.allCases.map { comparison in
            ComparisonParameters(
                comparison: comparison.name,
                levels: comparison.levels.indices.map { level in
                    LevelParameters(
                        name: comparison.levels[level], m: result.m[comparison.rawValue][level],
                        u: u[comparison.rawValue][level])
                })
        }
        let summary = TrainingSummary(
            profiles: profiles.count, uPairs: min(configuration.uPairs, profiles.count * 50),
            queries: training.features.count, queriesWereSynthetic: queries.isEmpty,
            emPairsByBirthDate: result.pairsByBirthDate, emPairsByName: result.pairsByName,
            emIterations: result.iterations, estimatedInRegistry: result.inRegistry, seed: configuration.seed)
        return try MatchModel(
            trainedAt: trainedAt, registrySize: size, inRegistryProbability: prior, comparisons: comparisons,
            termFrequencies: frequencies, thresholds: configuration.thresholds, training: summary)
    }

    /// The records EM runs over, and which profiles count as registered (the rest were held out).
    private func trainingQueries(
        _ profiles: [TraceProfile], _ queries: [TraceQuery], using rng: inout SeededRandomGenerator
    ) -> (features: [QueryFeatures], registered: [Bool]) {
        var registered = [Bool](repeating: true, count: profiles.count)
        guard queries.isEmpty else { return (queries.map(QueryFeatures.init), registered) }
        let corruptor = QueryCorruptor(seed: configuration.seed, rates: .training)
        let count = min(configuration.syntheticQueries, profiles.count / 2)
        var features: [QueryFeatures] = []
        features.reserveCapacity(count)
        var chosen = Set<Int>()
        while features.count < count {
            let position = rng.below(profiles.count)
            guard chosen.insert(position).inserted else { continue }
            let inRegistry = rng.chance(configuration.syntheticInRegistryShare)
            registered[position] = inRegistry
            let labelled = corruptor.query(for: profiles[position], index: position, inRegistry: inRegistry)
            features.append(QueryFeatures(labelled.query))  // the label is dropped here, unread
        }
        return (features, registered)
    }
}
