import ConfidantCore

/// What belongs to one patient alone: names, gender, death, objections.
struct Person {
    var sex: Sex
    var names: [PersonName]
    var gender: Gender
    var deathDay: Int?
    var objections: [Objection]
}

extension SyntheticRegistry {
    /// The national data opt-out started on 2018-05-25; type 1 opt-outs from 2013-10-01.
    private static let nationalOptOutLaunchDay = 17_676
    private static let type1OptOutLaunchDay = 15_979

    func person(at index: Int, in household: Household) -> Person {
        var rng = SeededRandomGenerator(seed: seed, index: index, stream: .person)
        let ageDays = referenceDay - household.birthDay
        let year = CalendarDate(daysSinceEpoch: household.birthDay).year

        let sex: Sex
        let first: String
        if let twins = household.twins {
            let isFirst = index % 2 == 0
            sex = isFirst ? twins.sexes.0 : twins.sexes.1
            first = isFirst ? twins.firstNames.0 : twins.firstNames.1
        } else {
            // Women outlive men, so the oldest ages lean female.
            sex = rng.chance(ageDays > 75 * 365 ? 0.6 : 0.5) ? .female : .male
            first = GivenNames.table(sex: sex, birthYear: year).pick(using: &rng)
        }
        var given = [first]
        if rng.chance(Rates.middleName) {
            let table = GivenNames.table(sex: sex, birthYear: year)
            var middle = table.pick(using: &rng)
            for _ in 0..<8 where middle == first {
                middle = table.pick(using: &rng)
            }
            if middle != first { given.append(middle) }
        }

        let names = names(given: given, sex: sex, household: household, ageDays: ageDays, using: &rng)
        let deathDay = deathDay(household: household, ageDays: ageDays, using: &rng)
        let lastDay = deathDay ?? referenceDay
        var objections: [Objection] = []
        if rng.chance(Rates.nationalDataOptOut) {
            objections.append(
                objection(.nationalDataOptOut, from: Self.nationalOptOutLaunchDay, household, lastDay, &rng))
        }
        if rng.chance(Rates.type1OptOut) {
            objections.append(objection(.type1, from: Self.type1OptOutLaunchDay, household, lastDay, &rng))
        }
        return Person(
            sex: sex, names: names, gender: gender(for: sex, using: &rng), deathDay: deathDay, objections: objections)
    }

    /// The usual name, preceded by the birth name for women who took another surname.
    private func names(
        given: [String], sex: Sex, household: Household, ageDays: Int, using rng: inout SeededRandomGenerator
    ) -> [PersonName] {
        let birthFamily = household.family.form(for: sex)
        // Twins keep the surname they share, so a pair is always recognisable as a pair.
        guard household.twins == nil, sex == .female, ageDays >= Rates.surnameChangeMinimumAgeDays,
            rng.chance(Rates.surnameChange)
        else {
            return [PersonName(use: .usual, given: given, family: birthFamily)]
        }
        var spouse = Surnames.table.pick(using: &rng)
        for _ in 0..<8 where spouse.masculine == household.family.masculine {
            spouse = Surnames.table.pick(using: &rng)
        }
        // Married at 20 or later, at least a day before the reference date.
        let changedOn = rng.int(in: (household.birthDay + 7_305)...(referenceDay - 1))
        return [
            PersonName(
                use: .previous, given: given, family: birthFamily,
                period: Period(
                    start: CalendarDate(daysSinceEpoch: household.birthDay),
                    end: CalendarDate(daysSinceEpoch: changedOn - 1))),
            PersonName(
                use: .usual, given: given, family: spouse.form(for: .female),
                period: Period(start: CalendarDate(daysSinceEpoch: changedOn))),
        ]
    }

    /// Mostly male or female by the sex the names were drawn for; a very few `other` or `unknown`.
    private func gender(for sex: Sex, using rng: inout SeededRandomGenerator) -> Gender {
        let roll = rng.below(1000)
        if roll < Rates.otherGenderPerMille { return .other }
        if roll < Rates.otherGenderPerMille + Rates.unknownGenderPerMille { return .unknown }
        return sex == .male ? .male : .female
    }

    /// A death in the last five years, not before registering at the current address and practice.
    private func deathDay(household: Household, ageDays: Int, using rng: inout SeededRandomGenerator) -> Int? {
        guard rng.chance(Rates.death(ageYears: ageDays / 365)) else { return nil }
        let earliest = max(
            household.birthDay + 1, household.registeredDay, household.currentSinceDay, referenceDay - 1_826)
        return rng.int(in: min(earliest, referenceDay)...referenceDay)
    }

    /// An objection recorded after the scheme started (or after birth) and while the patient was alive.
    private func objection(
        _ kind: Objection.Kind, from launchDay: Int, _ household: Household, _ lastDay: Int,
        _ rng: inout SeededRandomGenerator
    ) -> Objection {
        let earliest = min(max(launchDay, household.birthDay), lastDay)
        return Objection(kind: kind, recordedOn: CalendarDate(daysSinceEpoch: rng.int(in: earliest...lastDay)))
    }
}
