import ConfidantCore

/// The blocking keys a registry patient is filed under, and those a query looks up.
///
/// Keys are 64-bit FNV-1a hashes of `"rule|value|..."` (see ``BlockingRule``), as `Int64`
/// so that SQLite and PostgreSQL store them as BIGINT. A patient is filed under every name
/// in its history and the district of every address it has had, so a query that uses an
/// old surname or an old address still finds it.
public enum BlockingKeys {
    /// The keys the store files this patient under, deduplicated, in a stable order.
    public static func keys(for profile: TraceProfile) -> [Int64] {
        var keys: [Int64] = []
        appendKeys(for: profile, to: &keys)
        return keys
    }

    /// Appends ``keys(for:)`` to `keys`: an import gathers a whole batch's keys in one array.
    public static func appendKeys(for profile: TraceProfile, to keys: inout [Int64]) {
        var builder = KeyBuilder(date: profile.birthDate)
        builder.add(.nhsNumber, profile.nhsNumber.description)
        // Names are read in place: `for name in profile.names` copied each, a retain and a
        // release of every string and array in it.
        profile.names.forEachInPlace { _, name in
            let given = name.pointee.firstGiven
            let givenInitial = given.map { initial($0.text) }
            builder.addExact(family: name.pointee.family.text, given: given?.text ?? "")
            builder.addFamily(soundex: name.pointee.family.soundex, initial: givenInitial)
            for part in name.pointee.familyParts {
                builder.addFamily(soundex: Soundex.code(part), initial: givenInitial)
            }
            builder.addFamilyNYSIIS(name.pointee.family.nysiis)
            builder.addInitials(family: initial(name.pointee.family.text), given: givenInitial)
            if let given {
                // ``givenSoundexes(_:)`` without its array: a code given twice makes a key the
                // builder already holds, so the keys and their order are the same.
                builder.addGiven(soundexes: CollectionOfOne(given.soundex))
                builder.addGiven(soundexes: Nicknames.formalSoundexes(of: given.text))
            }
        }
        if profile.names.count == 1, profile.addresses.count <= 1 {
            // One name and at most one address, as most patients have: nothing to sort, and
            // no arrays made to sort it in.
            if let district = profile.addresses.first?.postcode?.districtText {
                builder.addDistrict(district, familySoundexes: CollectionOfOne(profile.names[0].family.soundex))
            }
        } else {
            let familySoundexes = sortedDistinct(profile.names.map(\.family.soundex))
            for district in sortedDistinct(profile.addresses.compactMap { $0.postcode?.districtText }) {
                builder.addDistrict(district, familySoundexes: familySoundexes)
            }
        }
        for index in builder.keys.indices { keys.append(builder.keys[index].key) }
    }

    /// The values in ascending order, each once; a patient has one or two, so sorting beats hashing.
    private static func sortedDistinct(_ values: [String]) -> [String] {
        guard values.count > 1 else { return values }
        var distinct: [String] = []
        for value in values.sorted() where value != distinct.last { distinct.append(value) }
        return distinct
    }

    /// The keys a query looks up, each tagged with its rule; deduplicated.
    ///
    /// Includes variants for the errors people make: birth date with day and month swapped
    /// and year ±1, given and family name swapped, and formal names for nicknames.
    public static func keys(for query: TraceQuery) -> [QueryBlockingKey] {
        keys(for: QueryFeatures(query)).map { QueryBlockingKey(key: $0.key, rule: $0.rule) }
    }

    /// The keys of the exact stage: the NHS number and the exact name-and-date key (or,
    /// without a given name, the family-phonetic-and-date key, filtered exactly afterwards).
    static func exactKeys(for query: QueryFeatures) -> [TaggedKey] {
        var builder = KeyBuilder(date: query.birthDate)
        if let nhs = query.nhsNumber { builder.add(.nhsNumber, nhs.description) }
        if let family = query.family {
            if let given = query.firstGiven {
                builder.addExact(family: family.text, given: given.text)
            } else if let date = query.birthDate {
                builder.add(.familyPhoneticBirthDate, family.soundex, date: date)
            }
        }
        return builder.keys
    }

    /// Every key of the query, exact and fuzzy.
    static func keys(for query: QueryFeatures) -> [TaggedKey] {
        var builder = KeyBuilder(date: query.birthDate)
        builder.keys = exactKeys(for: query)
        let family = query.family
        let given = query.firstGiven
        if let family {
            for soundex in [family.soundex] + query.familyParts.map(Soundex.code) {
                builder.addFamily(soundex: soundex, initial: given.map { initial($0.text) })
            }
            builder.addFamilyNYSIIS(family.nysiis)
            builder.addInitials(family: initial(family.text), given: given.map { initial($0.text) })
        }
        if let given { builder.addGiven(soundexes: givenSoundexes(given)) }
        let district = query.postcode?.districtText
        if let district { builder.addDistrict(district, familySoundexes: family.map { [$0.soundex] } ?? []) }
        builder.addVariants(family: family, given: given, district: district)
        return builder.keys
    }

    /// Soundex of the first given name and of the formal names it is a nickname of.
    static func givenSoundexes(_ given: PhoneticName) -> [String] {
        var codes = [given.soundex]
        for code in Nicknames.formalSoundexes(of: given.text) where !codes.contains(code) {
            codes.append(code)
        }
        return codes
    }

    /// The scalar of the first UTF-8 byte (names are folded to ASCII, so in practice the first letter).
    static func initial(_ text: String) -> String {
        guard let first = text.utf8.first else { return "" }
        // Looked up, not made: an import wants three initials a patient, and making each
        // one-character string showed in its profile.
        return initials[Int(first)]
    }

    /// `String(UnicodeScalar(byte))` for every byte value.
    private static let initials: [String] = (0...255).map { String(UnicodeScalar(UInt8($0))) }
}
