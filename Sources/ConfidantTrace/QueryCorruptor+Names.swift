import ConfidantCore

extension Draft {
    mutating func corruptNames(_ rates: QueryCorruptor.Rates) {
        if !subject.previousFamilies.isEmpty, rng.chance(rates.previousSurname) {
            family = subject.previousFamilies[0]
            note(.previousSurname)
        }
        let parts = family.split(whereSeparator: { $0 == "-" || $0 == " " }).map(String.init)
        if parts.count > 1, rng.chance(rates.familyPart) {
            family = parts[parts.count - 1]
            note(.familyPart)
        }
        if rng.chance(rates.familyPhonetic), let respelt = Misspelling.phonetic(family, using: &rng) {
            family = respelt
            note(.familyPhonetic)
        }
        if rng.chance(rates.familyTypo) {
            family = Misspelling.typo(family, using: &rng)
            note(.familyTypo)
        }
        guard let first = given.first else { return }
        if given.count > 1, rng.chance(rates.middleNameAsFirst) {
            given = [given[1]]
            note(.middleNameAsFirst)
        } else if rng.chance(rates.nickname), let nickname = Misspelling.nickname(first, using: &rng) {
            given[0] = nickname
            note(.nickname)
        } else if rng.chance(rates.givenPhonetic), let respelt = Misspelling.phonetic(first, using: &rng) {
            given[0] = respelt
            note(.givenPhonetic)
        } else if rng.chance(rates.givenTypo) {
            given[0] = Misspelling.typo(first, using: &rng)
            note(.givenTypo)
        } else if rng.chance(rates.givenInitial) {
            given = [String(first.prefix(1))]
            note(.givenInitial)
        }
        if rng.chance(rates.namesSwapped), let newFamily = given.first {
            given = [family]
            family = newFamily
            note(.namesSwapped)
        }
        if rng.chance(rates.givenMissing) {
            given = []
            note(.givenMissing)
        } else if given.count > 1, rng.chance(0.5) {
            given = [given[0]]  // only the first name is written
        }
    }
}
