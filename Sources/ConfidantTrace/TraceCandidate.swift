import ConfidantCore

/// One registry record a search found, with its score and the evidence behind it.
public struct TraceCandidate: Sendable, Hashable, Codable {
    /// The record's NHS number.
    public var nhsNumber: NHSNumber
    /// Calibrated probability that this record is the person, allowing for the other candidates.
    public var probability: Double
    /// Splink's match weight: log2 of prior odds times Bayes factor; 0 means even odds on its own.
    public var matchWeight: Double
    /// The level of every comparison and the weight it contributed.
    public var agreement: [Agreement]
    /// The blocking rules whose keys found this record.
    public var foundBy: [BlockingRule]
    /// Whether the record has a death date: deceased patients still trace, flagged.
    public var isDeceased: Bool
    /// Restricted records are only ever returned to a query without location fields.
    public var isRestricted: Bool

    /// One comparison's verdict.
    public struct Agreement: Sendable, Hashable, Codable {
        /// The ``Comparison/name``.
        public var comparison: String
        /// The level name, or `missing` when either side lacks the field.
        public var level: String
        /// log2 Bayes factor contributed (0 for missing).
        public var weight: Double

        /// Creates a verdict.
        public init(comparison: String, level: String, weight: Double) {
            self.comparison = comparison
            self.level = level
            self.weight = weight
        }
    }

    /// Creates a candidate.
    public init(
        nhsNumber: NHSNumber, probability: Double, matchWeight: Double, agreement: [Agreement],
        foundBy: [BlockingRule], isDeceased: Bool, isRestricted: Bool
    ) {
        self.nhsNumber = nhsNumber
        self.probability = probability
        self.matchWeight = matchWeight
        self.agreement = agreement
        self.foundBy = foundBy
        self.isDeceased = isDeceased
        self.isRestricted = isRestricted
    }

    /// The level of one comparison (`"exact"`, `"missing"`, ...).
    public func level(of comparison: Comparison) -> String? {
        agreement.first { $0.comparison == comparison.name }?.level
    }
}
