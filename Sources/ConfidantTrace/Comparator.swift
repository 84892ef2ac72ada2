import ConfidantCore

/// Assigns the level of every ``Comparison`` to a query–profile pair.
///
/// The same code serves training (u sampling and EM) and tracing, so the levels the model
/// was trained on are exactly the levels it scores.
enum Comparator {
    /// Jaro–Winkler at or above this is a "close" spelling.
    static let closeSimilarity = 0.92
    /// Jaro–Winkler at or above this is a "fuzzy" agreement.
    static let fuzzySimilarity = 0.80
    /// Below this Jaro–Winkler, two names are never one edit apart (for four letters or more).
    static let editSimilarity = 0.70

    static func pattern(_ query: QueryFeatures, _ profile: TraceProfile) -> AgreementPattern {
        var pattern = AgreementPattern()
        let names = nameLevels(query, profile)
        pattern[.familyName] = names.family
        pattern[.givenName] = names.given
        pattern[.birthDate] = birthDateLevel(query.birthDate, profile.birthDate)
        pattern[.postcode] = postcodeLevel(query.postcode, profile.addresses)
        pattern[.address] = addressLevel(query.addressTokens, words: query.addressWords, profile.addresses)
        pattern[.gender] = genderLevel(query.gender, profile.gender)
        if let practice = query.gpPractice, let registered = profile.gpPractice {
            pattern[.gpPractice] = practice == registered ? Level.Binary.same : Level.Binary.different
        }
        if let nhs = query.nhsNumber {
            if nhs != profile.nhsNumber {
                pattern[.nhsNumber] = Level.NHS.different
            } else {
                pattern[.nhsNumber] = demographicsVerify(pattern) ? Level.NHS.exact : Level.NHS.unverified
            }
        }
        return pattern
    }

    /// Whether the rest of the query agrees well enough with a record found by NHS number to
    /// accept the number: the birth date (if given) agrees exactly or by a common slip, and
    /// the family or the given name (if either is given) agrees at least phonetically.
    static func demographicsVerify(_ pattern: AgreementPattern) -> Bool {
        let date = pattern[.birthDate]
        let family = pattern[.familyName]
        let given = pattern[.givenName]
        let dateAgrees = date == Level.missing || date <= Level.BirthDate.typo
        let familyAgrees = family != Level.missing && family <= Level.Family.part
        let givenAgrees = given != Level.missing && given <= Level.Given.phonetic
        let nameAgrees = (family == Level.missing && given == Level.missing) || familyAgrees || givenAgrees
        return dateAgrees && nameAgrees && (date != Level.missing || familyAgrees)
    }

    static func birthDateLevel(_ query: CalendarDate?, _ record: CalendarDate) -> UInt8 {
        guard let query else { return Level.missing }
        if query == record { return Level.BirthDate.exact }
        if query.year == record.year, query.day == record.month, query.month == record.day {
            return Level.BirthDate.swapped
        }
        if query.month == record.month, query.day == record.day, abs(query.year - record.year) == 1 {
            return Level.BirthDate.year
        }
        if isOneDigitSlip(query, record) { return Level.BirthDate.typo }
        if abs(query.daysSinceEpoch - record.daysSinceEpoch) <= 31 { return Level.BirthDate.close }
        return Level.BirthDate.different
    }

    /// One digit of `DDMMYYYY` differs, or two adjacent digits are transposed.
    static func isOneDigitSlip(_ lhs: CalendarDate, _ rhs: CalendarDate) -> Bool {
        let a = digits(lhs)
        let b = digits(rhs)
        let differing = a .!= b
        var count = 0
        var first = -1
        for index in 0..<8 where differing[index] {
            count += 1
            if first < 0 { first = index }
        }
        if count == 1 { return true }
        guard count == 2, first < 7, differing[first + 1] else { return false }
        return a[first] == b[first + 1] && a[first + 1] == b[first]
    }

    private static func digits(_ date: CalendarDate) -> SIMD8<Int16> {
        SIMD8(
            Int16(date.day / 10), Int16(date.day % 10), Int16(date.month / 10), Int16(date.month % 10),
            Int16(date.year / 1000 % 10), Int16(date.year / 100 % 10), Int16(date.year / 10 % 10),
            Int16(date.year % 10))
    }

    static func genderLevel(_ query: Gender?, _ record: Gender) -> UInt8 {
        guard let query, record == .male || record == .female else { return Level.missing }
        return query == record ? Level.Binary.same : Level.Binary.different
    }
}
