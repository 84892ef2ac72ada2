import ConfidantCore

/// One of a profile's names, normalised.
struct ProfileName: Hashable, Sendable {
    var isUsual: Bool
    /// The family name as one key (`SMITHJONES`).
    var family: PhoneticName
    /// The distinctive parts of a multi-part family name (`SMITH`, `JONES`), else empty.
    var familyParts: [String]
    /// Given-name tokens, first name first.
    var given: [String]
    /// The first given name with its phonetic codes.
    var firstGiven: PhoneticName?

    /// The profile of a name, from its parts: ``TraceProfile`` reads just these where the name
    /// lies, as passing the name itself copied all of it.
    init(given givenNames: [String], family familyName: String, isUsual: Bool) {
        self.isUsual = isUsual
        let familyTokens = NameNormalizer.tokens(familyName)
        family = PhoneticName(NameNormalizer.familyKey(tokens: familyTokens))
        familyParts = NameNormalizer.familyParts(tokens: familyTokens)
        // Nearly everyone has one given name: its tokens are the array, not copied into a second.
        given =
            givenNames.count == 1
            ? NameNormalizer.tokens(givenNames[0]) : givenNames.flatMap { NameNormalizer.tokens($0) }
        firstGiven = given.first.map(PhoneticName.init)
    }

    init(isUsual: Bool, family: PhoneticName, familyParts: [String], given: [String], firstGiven: PhoneticName?) {
        self.isUsual = isUsual
        self.family = family
        self.familyParts = familyParts
        self.given = given
        self.firstGiven = firstGiven
    }
}
