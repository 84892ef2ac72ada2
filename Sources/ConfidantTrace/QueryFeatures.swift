import ConfidantCore

/// A query normalised once, in the form the comparisons and blocking keys read.
struct QueryFeatures: Sendable {
    var nhsNumber: NHSNumber?
    var family: PhoneticName?
    var familyParts: [String] = []
    /// Given-name tokens, first name first.
    var given: [String] = []
    var firstGiven: PhoneticName?
    var birthDate: CalendarDate?
    /// Male or female only; `other` and `unknown` say nothing for matching.
    var gender: Gender?
    var postcode: PackedPostcode?
    var addressTokens: [String] = []
    /// The address tokens that are not house or flat numbers.
    var addressWords: [String] = []
    var gpPractice: String?
    /// Whether the query names a location (postcode, address or GP).
    var usesLocation: Bool

    init(_ query: TraceQuery) {
        nhsNumber = query.nhsNumber
        if let familyName = query.familyName {
            let key = NameNormalizer.familyKey(familyName)
            if !key.isEmpty {
                family = PhoneticName(key)
                familyParts = NameNormalizer.familyParts(familyName)
            }
        }
        given = query.givenNames.map(NameNormalizer.tokens) ?? []
        firstGiven = given.first.map(PhoneticName.init)
        birthDate = query.birthDate
        gender = query.gender == .male || query.gender == .female ? query.gender : nil
        postcode = query.postcode.map(PackedPostcode.init)
        addressTokens = query.addressLine1.map(AddressNormalizer.tokens(line:)) ?? []
        addressWords = addressTokens.filter { !AddressNormalizer.isNumber($0) }
        gpPractice = query.gpPractice?.value
        usesLocation = postcode != nil || !addressTokens.isEmpty || gpPractice != nil
    }

    /// The query a profile's own current details would make: used to sample pairs of
    /// unrelated records when estimating u probabilities.
    init(profile: TraceProfile) {
        nhsNumber = profile.nhsNumber
        if let name = profile.usualName {
            family = name.family
            familyParts = name.familyParts
            given = name.given
            firstGiven = name.firstGiven
        }
        birthDate = profile.birthDate
        gender = profile.gender == .male || profile.gender == .female ? profile.gender : nil
        let current = profile.currentAddress
        postcode = current?.postcode
        addressTokens = Array(current?.tokens.filter { !$0.isEmpty }.prefix(4) ?? [])
        addressWords = addressTokens.filter { !AddressNormalizer.isNumber($0) }
        gpPractice = profile.gpPractice
        usesLocation = postcode != nil || !addressTokens.isEmpty || gpPractice != nil
    }
}
