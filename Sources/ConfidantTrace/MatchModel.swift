import Foundation

/// A trained Fellegi–Sunter match model: for every comparison level, the probability of
/// seeing it when query and record are the same person (m) and when they are not (u);
/// term-frequency tables for names; the prior; and the decision thresholds.
///
/// Stored as a versioned JSON file (``encoded()`` / ``load(from:)``).
public struct MatchModel: Sendable, Codable {
    /// The model-file format this build writes and reads.
    public static let currentFormatVersion = 1

    /// The model-file format (``currentFormatVersion`` when written by this build).
    public var formatVersion: Int
    /// When the model was trained (injected by the caller; the library reads no clock).
    public var trainedAt: Date
    /// How many patients the searched registry holds; with ``inRegistryProbability`` it sets
    /// the prior odds that one given record is the person asked about.
    public var registrySize: Int
    /// The share of queries whose subject is in the registry at all.
    public var inRegistryProbability: Double
    /// m and u for every level of every ``Comparison``.
    public var comparisons: [ComparisonParameters]
    /// Name frequencies for term-frequency adjustment.
    public var termFrequencies: TermFrequencies
    /// The decision rule's settings.
    public var thresholds: Thresholds
    /// What the model was trained on.
    public var training: TrainingSummary

    /// log2(m/u) per comparison and level, derived on creation and decoding.
    private(set) var weights: [[Double]] = []
    /// u of the exact level of family and given name, for term-frequency adjustment.
    private(set) var exactU: (family: Double, given: Double) = (1, 1)

    /// Creates a model and checks its parameters.
    ///
    /// - Throws: ``TraceError/Code/invalidModel`` when a comparison lacks its levels, a probability
    ///   is outside (0, 1], or a threshold is out of range.
    public init(
        trainedAt: Date, registrySize: Int, inRegistryProbability: Double, comparisons: [ComparisonParameters],
        termFrequencies: TermFrequencies, thresholds: Thresholds = Thresholds(), training: TrainingSummary
    ) throws {
        formatVersion = Self.currentFormatVersion
        self.trainedAt = trainedAt
        self.registrySize = registrySize
        self.inRegistryProbability = inRegistryProbability
        self.comparisons = comparisons
        self.termFrequencies = termFrequencies
        self.thresholds = thresholds
        self.training = training
        try prepare()
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, trainedAt, registrySize, inRegistryProbability, comparisons, termFrequencies
        case thresholds, training
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        guard formatVersion == Self.currentFormatVersion else {
            throw TraceError.unsupportedVersion("the match model file has an unknown format version")
        }
        trainedAt = try container.decode(Date.self, forKey: .trainedAt)
        registrySize = try container.decode(Int.self, forKey: .registrySize)
        inRegistryProbability = try container.decode(Double.self, forKey: .inRegistryProbability)
        comparisons = try container.decode([ComparisonParameters].self, forKey: .comparisons)
        termFrequencies = try container.decode(TermFrequencies.self, forKey: .termFrequencies)
        thresholds = try container.decode(Thresholds.self, forKey: .thresholds)
        training = try container.decode(TrainingSummary.self, forKey: .training)
        try prepare()
    }

    /// Reads a model file.
    ///
    /// - Throws: ``TraceError/Code/unsupportedVersion`` for another format version,
    ///   ``TraceError/Code/invalidModel`` for malformed JSON or inconsistent parameters.
    public static func load(from data: Data) throws -> MatchModel {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(MatchModel.self, from: data)
        } catch let error as TraceError {
            throw error
        } catch {
            throw TraceError.invalidModel("the match model file is not valid JSON for this format", underlying: error)
        }
    }

    /// The model file: pretty-printed JSON with sorted keys, dates in ISO 8601.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    /// Checks the parameters and derives the weight tables.
    private mutating func prepare() throws {
        guard registrySize > 0, inRegistryProbability > 0, inRegistryProbability < 1 else {
            throw TraceError.invalidModel("registry size and in-registry probability are out of range")
        }
        guard thresholds.matchProbability > 0.5, thresholds.matchProbability < 1, thresholds.marginBits >= 0,
            thresholds.limitPerKey > 0
        else { throw TraceError.invalidModel("the thresholds are out of range") }
        var weights: [[Double]] = []
        for comparison in Comparison.allCases {
            guard let parameters = comparisons.first(where: { $0.comparison == comparison.name }),
                parameters.levels.map(\.name) == comparison.levels
            else { throw TraceError.invalidModel("the model lacks the levels of a comparison") }
            guard parameters.levels.allSatisfy({ $0.m > 0 && $0.m <= 1 && $0.u > 0 && $0.u <= 1 }) else {
                throw TraceError.invalidModel("an m or u probability is outside (0, 1]")
            }
            weights.append(parameters.levels.map { log2($0.m / $0.u) })
        }
        guard termFrequencies.unseenFrequency > 0, termFrequencies.unseenFrequency < 1 else {
            throw TraceError.invalidModel("the unseen-name frequency is out of range")
        }
        self.weights = weights
        exactU = (level(.familyName, 0).u, level(.givenName, 0).u)
    }

    func level(_ comparison: Comparison, _ index: Int) -> LevelParameters {
        comparisons.first { $0.comparison == comparison.name }?.levels[index] ?? LevelParameters(name: "", m: 1, u: 1)
    }
}
