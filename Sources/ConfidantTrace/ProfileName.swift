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

    init(_ name: borrowing PersonName, isUsual: Bool) {
        self.isUsual = isUsual
        let familyTokens = NameNormalizer.tokens(name.family)
        family = PhoneticName(NameNormalizer.familyKey(tokens: familyTokens))
        familyParts = NameNormalizer.familyParts(tokens: familyTokens)
        // Nearly everyone has one given name: its tokens are the array, not copied into a second.
        given =
            name.given.count == 1
            ? NameNormalizer.tokens(name.given[0]) : name.given.flatMap { NameNormalizer.tokens($0) }
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
