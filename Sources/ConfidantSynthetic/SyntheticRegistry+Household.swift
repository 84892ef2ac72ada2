import ConfidantCore

/// What a patient shares with a twin: surname, birth date, address history and GP.
/// For anyone who is not a twin it is simply their own.
struct Household {
    /// The surname at birth.
    var family: Surnames.Entry
    var birthDay: Int
    /// Oldest first; the last one is current (open period).
    var addresses: [Address]
    /// The area of each address, parallel to `addresses`.
    var areaIndices: [Int]
    var practice: ODSCode
    var registeredDay: Int
    var isRestricted: Bool
    /// Sexes and first names of the pair, for the twins of a twin household.
    var twins: (sexes: (Sex, Sex), firstNames: (String, String))?

    var currentArea: Area { Places.areas[areaIndices[areaIndices.count - 1]] }
    var currentSinceDay: Int { addresses[addresses.count - 1].period.start?.daysSinceEpoch ?? birthDay }

    /// The area lived in on `day` (the earliest recorded one before the history starts).
    func area(on day: Int) -> Area {
        var result = areaIndices[0]
        for (address, area) in zip(addresses, areaIndices) {
            if let start = address.period.start, start.daysSinceEpoch <= day { result = area }
        }
        return Places.areas[result]
    }
}

extension SyntheticRegistry {
    /// The household of `index`: drawn from the pair's generator for twins (so both twins
    /// derive the same one from their own index), from the index's own generator otherwise.
    func household(for index: Int) -> Household {
        var pair = SeededRandomGenerator(seed: seed, index: index / 2, stream: .pair)
        guard pair.chance(Rates.twin) else {
            var rng = SeededRandomGenerator(seed: seed, index: index, stream: .household)
            return makeHousehold(using: &rng)
        }
        var household = makeHousehold(using: &pair)
        let year = CalendarDate(daysSinceEpoch: household.birthDay).year
        let first: Sex = pair.chance(0.5) ? .female : .male
        // Gendered surnames (Kowalski/Kowalska) would differ between a brother and a sister,
        // and twins must share theirs, so those pairs are same-sex.
        let gendered = household.family.masculine != household.family.feminine
        let second = gendered || pair.chance(Rates.twinsSameSex) ? first : (first == .male ? .female : .male)
        let firstName = GivenNames.table(sex: first, birthYear: year).pick(using: &pair)
        let secondTable = GivenNames.table(sex: second, birthYear: year)
        var secondName = secondTable.pick(using: &pair)
        if secondName == firstName {
            // Parents do not give twins the same first name: take the next most popular one.
            let position = secondTable.items.firstIndex(of: secondName) ?? 0
            secondName = secondTable.items[(position + 1) % secondTable.items.count]
        }
        household.twins = (sexes: (first, second), firstNames: (firstName, secondName))
        return household
    }

    private func makeHousehold(using rng: inout SeededRandomGenerator) -> Household {
        let family = Surnames.table.pick(using: &rng)
        let birthDay = referenceDay - ages.age(using: &rng)
        let (addresses, areas, outward) = addressHistory(bornOn: birthDay, using: &rng)
        let area = Places.areas[areas[areas.count - 1]]
        let currentSince = addresses[addresses.count - 1].period.start?.daysSinceEpoch ?? birthDay
        // Registered with a practice near home, on or after moving in.
        let registeredFrom = max(birthDay + 1, currentSince)
        return Household(
            family: family,
            birthDay: birthDay,
            addresses: addresses,
            areaIndices: areas,
            practice: area.practice(forOutward: outward, using: &rng),
            registeredDay: rng.int(in: registeredFrom...max(registeredFrom, referenceDay)),
            isRestricted: rng.chance(Rates.restricted),
            twins: nil
        )
    }

    /// One to four addresses, oldest first, with contiguous periods: each previous address ends
    /// the day before the next one starts, and the last (current) one is open.
    ///
    /// - Returns: the addresses, the area index of each, and the outward code index of the current one.
    private func addressHistory(
        bornOn birthDay: Int, using rng: inout SeededRandomGenerator
    ) -> (addresses: [Address], areas: [Int], outward: Int) {
        let lifetime = referenceDay - birthDay
        var moves = 0
        if rng.chance(Rates.moved) {
            let roll = rng.below(10)
            moves = roll < 6 ? 1 : (roll < 9 ? 2 : 3)
        }
        moves = min(moves, lifetime / 2)
        // Move-in days: the first recorded address from some time in the person's life, each
        // later move strictly after the previous one.
        var starts = [birthDay + rng.below(lifetime / (moves + 1) + 1)]
        for move in 0..<moves {
            let earliest = starts[starts.count - 1] + 1
            let latest = referenceDay - (moves - move - 1)
            // Spread moves through the remaining time rather than bunching them at the start.
            let span = (latest - earliest) / (moves - move)
            starts.append(earliest + rng.below(max(span, 1)))
        }
        var areaIndex = Places.table.pick(using: &rng)
        var areaIndices: [Int] = []
        var addresses: [Address] = []
        var outward = 0
        for (position, start) in starts.enumerated() {
            if position > 0, rng.chance(0.3) { areaIndex = Places.table.pick(using: &rng) }
            let isCurrent = position == starts.count - 1
            let end = isCurrent ? nil : CalendarDate(daysSinceEpoch: starts[position + 1] - 1)
            let period = Period(start: CalendarDate(daysSinceEpoch: start), end: end)
            let area = Places.areas[areaIndex]
            outward = rng.below(area.outwardCodes.count)
            addresses.append(makeAddress(in: area, outward: outward, period: period, using: &rng))
            areaIndices.append(areaIndex)
        }
        return (addresses, areaIndices, outward)
    }
}
