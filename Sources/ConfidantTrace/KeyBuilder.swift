import ConfidantCore

/// Accumulates tagged blocking keys without duplicates.
struct KeyBuilder {
    var keys: [TaggedKey] = []
    let date: CalendarDate?
    /// ``date`` as the key hashes it (`YYYY-MM-DD`), made once for the builder's dozen keys on
    /// it; `nil` for a year of other than four digits, which is hashed number by number.
    private let isoDate: String?
    /// Whether keys being added now are variants.
    var variant = false

    init(date: CalendarDate?) {
        self.date = date
        isoDate = date.flatMap { (0...9999).contains($0.year) ? $0.description : nil }
        keys.reserveCapacity(24)
    }

    /// Feeds `date` as `YYYY-MM-DD`: the builder's own date from ``isoDate``.
    private func add(_ date: CalendarDate, to hash: inout StableHash) {
        if let isoDate, date == self.date {
            hash.add(isoDate)
        } else {
            hash.add(year: date.year, month: date.month, day: date.day)
        }
    }

    mutating func add(_ rule: BlockingRule, _ value: String) {
        var hash = StableHash(startingKeyOf: rule)
        hash.add(value)
        insert(hash.key, rule)
    }

    /// `rule|value|YYYY-MM-DD`.
    mutating func add(_ rule: BlockingRule, _ value: String, date: CalendarDate) {
        var hash = StableHash(startingKeyOf: rule)
        hash.add(value)
        hash.separator()
        add(date, to: &hash)
        insert(hash.key, rule)
    }

    mutating func addExact(family: String, given: String) {
        guard let date, !family.isEmpty else { return }
        add(.exact, family, given, date: date)
    }

    /// `rule|first|second` and, with a date, `|YYYY-MM-DD`: hashed part by part, the same
    /// bytes as joining the parts with `|` first, without making that string.
    mutating func add(_ rule: BlockingRule, _ first: String, _ second: String, date: CalendarDate? = nil) {
        var hash = StableHash(startingKeyOf: rule)
        hash.add(first)
        hash.separator()
        hash.add(second)
        if let date {
            hash.separator()
            add(date, to: &hash)
        }
        insert(hash.key, rule)
    }

    /// The rules keyed on the family name's Soundex: with the date, with initial and year, with day and month.
    mutating func addFamily(soundex: String, initial: String?) {
        guard let date, !soundex.isEmpty else { return }
        add(.familyPhoneticBirthDate, soundex, date: date)
        if let initial { addFamilyInitialYear(soundex: soundex, initial: initial) }
        addFamilyDayMonth(soundex: soundex, date: date)
    }

    mutating func addFamilyDayMonth(soundex: String, date: CalendarDate) {
        var hash = StableHash(startingKeyOf: .familyPhoneticDayMonth)
        hash.add(soundex)
        hash.separator()
        hash.add(number: date.month)
        hash.add(UInt8(ascii: "-"))
        hash.add(number: date.day)
        insert(hash.key, .familyPhoneticDayMonth)
    }

    mutating func addFamilyInitialYear(soundex: String, initial: String) {
        guard let date, !soundex.isEmpty, !initial.isEmpty else { return }
        var hash = StableHash(startingKeyOf: .familyPhoneticInitialYear)
        hash.add(soundex)
        hash.separator()
        hash.add(initial)
        hash.separator()
        hash.add(number: date.year)
        insert(hash.key, .familyPhoneticInitialYear)
    }

    mutating func addInitials(family: String, given: String?) {
        guard let date, let given, !family.isEmpty, !given.isEmpty else { return }
        var hash = StableHash(startingKeyOf: .initialsYearMonth)
        hash.add(family)
        hash.separator()
        hash.add(given)
        hash.separator()
        hash.add(number: date.year)
        hash.add(UInt8(ascii: "-"))
        hash.add(number: date.month)
        insert(hash.key, .initialsYearMonth)
    }

    mutating func addGiven(soundexes: some Sequence<String>) {
        guard let date else { return }
        for soundex in soundexes where !soundex.isEmpty {
            add(.givenPhoneticBirthDate, soundex, date: date)
        }
    }

    /// District and birth date; and, for each family Soundex given, Soundex and district.
    mutating func addDistrict(_ district: String, familySoundexes: some Sequence<String>) {
        guard !district.isEmpty else { return }
        if let date { add(.districtBirthDate, district, date: date) }
        for soundex in familySoundexes where !soundex.isEmpty {
            add(.familyPhoneticDistrict, soundex, district)
        }
    }

    mutating func addFamilyNYSIIS(_ code: String) {
        guard let date, !code.isEmpty else { return }
        add(.familyNYSIISBirthDate, code, date: date)
    }

    /// Query-side guesses at errors: day and month swapped, year ±1, given and family swapped.
    mutating func addVariants(family: PhoneticName?, given: PhoneticName?, district: String?) {
        guard let date else { return }
        variant = true
        defer { variant = false }
        if date.day <= 12, date.day != date.month,
            let swapped = try? CalendarDate(year: date.year, month: date.day, day: date.month)
        {
            if let family { add(.familyPhoneticBirthDate, family.soundex, date: swapped) }
            if let given { add(.givenPhoneticBirthDate, given.soundex, date: swapped) }
            if let district { add(.districtBirthDate, district, date: swapped) }
        }
        for offset in [-1, 1] {
            if let family, let other = try? CalendarDate(year: date.year + offset, month: date.month, day: date.day) {
                add(.familyPhoneticBirthDate, family.soundex, date: other)
            }
        }
        if let family, let given {
            // Given and family written the wrong way round.
            add(.familyPhoneticBirthDate, given.soundex, date: date)
            add(.givenPhoneticBirthDate, family.soundex, date: date)
            addFamilyInitialYear(soundex: given.soundex, initial: BlockingKeys.initial(family.text))
            addFamilyDayMonth(soundex: given.soundex, date: date)
        }
    }

    private mutating func insert(_ key: Int64, _ rule: BlockingRule) {
        // A patient has a dozen keys and a query a few dozen: a linear scan beats hashing into a Set.
        guard !keys.contains(where: { $0.key == key }) else { return }
        keys.append(TaggedKey(key: key, rule: rule, isVariant: variant))
    }
}
