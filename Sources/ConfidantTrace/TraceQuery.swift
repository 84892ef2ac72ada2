import ConfidantCore

/// What an agency knows about the person it asks about. Every field is optional; whether
/// the query is enough to search is decided by ``sufficiency``.
///
/// Names are kept as written (`"Mr John Paul"`, `"O'Brien"`); the tracer normalises them.
public struct TraceQuery: Sendable, Hashable, Codable {
    public var nhsNumber: NHSNumber?
    /// Given names as written, first name first, separated by spaces.
    public var givenNames: String?
    public var familyName: String?
    public var birthDate: CalendarDate?
    public var gender: Gender?
    public var postcode: Postcode?
    /// The first line of the address (house number and street), free text.
    public var addressLine1: String?
    public var gpPractice: ODSCode?

    public init(
        nhsNumber: NHSNumber? = nil, givenNames: String? = nil, familyName: String? = nil,
        birthDate: CalendarDate? = nil, gender: Gender? = nil, postcode: Postcode? = nil,
        addressLine1: String? = nil, gpPractice: ODSCode? = nil
    ) {
        self.nhsNumber = nhsNumber
        self.givenNames = givenNames
        self.familyName = familyName
        self.birthDate = birthDate
        self.gender = gender
        self.postcode = postcode
        self.addressLine1 = addressLine1
        self.gpPractice = gpPractice
    }

    /// Whether the query names a location (postcode, address or GP practice). A search that
    /// does is one that "relies on" location, and never returns a restricted patient.
    public var usesLocation: Bool {
        postcode != nil || gpPractice != nil || !(addressLine1.map(AddressNormalizer.tokens(line:))?.isEmpty ?? true)
    }

    /// Whether the query holds enough to search safely, and if not, why.
    ///
    /// The minimum, after PDS: a family name and a birth date; or a given name, a birth date
    /// and a postcode; or an NHS number with a birth date or a family name (to verify it).
    public var sufficiency: Sufficiency {
        let hasFamily = !(familyName.map(NameNormalizer.familyKey)?.isEmpty ?? true)
        let hasGiven = !(givenNames.map(NameNormalizer.tokens)?.isEmpty ?? true)
        let hasDate = birthDate != nil
        if nhsNumber != nil, hasDate || hasFamily { return .sufficient }
        if hasFamily, hasDate { return .sufficient }
        if hasGiven, hasDate, postcode != nil { return .sufficient }
        return .insufficient(
            "a trace needs a family name and a birth date, a given name, birth date and postcode, "
                + "or an NHS number with a birth date or family name")
    }

    /// The verdict of ``sufficiency``.
    public enum Sufficiency: Hashable, Sendable {
        case sufficient
        /// The reason, safe to show: it names fields, never values.
        case insufficient(String)
    }
}
