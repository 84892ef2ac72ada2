import ConfidantCore

/// A way a real tracing request gets a person's details wrong or leaves them out.
public enum QueryCorruption: String, Sendable, Hashable, Codable, CaseIterable {
    case familyTypo = "family-typo"
    case familyPhonetic = "family-phonetic"
    case previousSurname = "previous-surname"
    case familyPart = "family-part"
    case namesSwapped = "names-swapped"
    case givenTypo = "given-typo"
    case givenPhonetic = "given-phonetic"
    case nickname
    case middleNameAsFirst = "middle-name-as-first"
    case givenInitial = "given-initial"
    case givenMissing = "given-missing"
    case dayMonthSwapped = "day-month-swapped"
    case yearOffByOne = "year-off-by-one"
    case dateDigitTypo = "date-digit-typo"
    case dateMissing = "date-missing"
    case oldAddress = "old-address"
    case postcodeTypo = "postcode-typo"
    case addressAbbreviated = "address-abbreviated"
    case genderWrong = "gender-wrong"
    case nhsNumberWrong = "nhs-number-wrong"
}

/// A query with the truth about it, for evaluation.
public struct LabelledQuery: Sendable, Hashable, Codable {
    /// The query as an agency would write it.
    public var query: TraceQuery
    /// The NHS number of the person the query is about, or `nil` when that person is not in the registry.
    public var truth: NHSNumber?
    /// What was done to the person's details to make the query.
    public var corruptions: [QueryCorruption]
    /// Whether the person is a restricted (S-flagged) patient, whom a query naming a location
    /// must not find.
    public var subjectIsRestricted: Bool

    /// Labels a query.
    public init(query: TraceQuery, truth: NHSNumber?, corruptions: [QueryCorruption], subjectIsRestricted: Bool = false)
    {
        self.query = query
        self.truth = truth
        self.corruptions = corruptions
        self.subjectIsRestricted = subjectIsRestricted
    }

    /// Whether policy forbids the search to find the true patient: restricted, and the query names a location.
    public var isWithheldByPolicy: Bool { truth != nil && subjectIsRestricted && query.usesLocation }
}
