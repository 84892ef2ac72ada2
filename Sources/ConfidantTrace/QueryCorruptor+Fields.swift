import ConfidantCore

extension Draft {
    mutating func corruptDate(_ rates: QueryCorruptor.Rates) {
        guard let date = birthDate else { return }
        if date.day <= 12, date.day != date.month, rng.chance(rates.dayMonthSwapped),
            let swapped = try? CalendarDate(year: date.year, month: date.day, day: date.month)
        {
            birthDate = swapped
            note(.dayMonthSwapped)
        } else if rng.chance(rates.yearOffByOne),
            let shifted = try? CalendarDate(
                year: date.year + (rng.chance(0.5) ? 1 : -1), month: date.month, day: date.day)
        {
            birthDate = shifted
            note(.yearOffByOne)
        } else if rng.chance(rates.dateDigitTypo), let slipped = digitSlip(date) {
            birthDate = slipped
            note(.dateDigitTypo)
        }
    }

    /// One digit of `DDMMYYYY` mistyped, or two adjacent digits transposed, giving a real date.
    private mutating func digitSlip(_ date: CalendarDate) -> CalendarDate? {
        let digits = [
            date.day / 10, date.day % 10, date.month / 10, date.month % 10, date.year / 1000 % 10,
            date.year / 100 % 10, date.year / 10 % 10, date.year % 10,
        ]
        for _ in 0..<12 {
            var changed = digits
            // The century is rarely mistyped; the day and the last year digits often are.
            // Transpositions stay within the day, the month or the year, as people type them.
            let position = [0, 1, 1, 2, 3, 3, 6, 7, 7][rng.below(9)]
            if rng.chance(0.3), [0, 2, 6].contains(position) {
                changed.swapAt(position, position + 1)
            } else {
                changed[position] = (changed[position] + 1 + rng.below(9)) % 10
            }
            let year = changed[4] * 1000 + changed[5] * 100 + changed[6] * 10 + changed[7]
            guard changed != digits, year >= 1900, year <= date.year + 10,
                let slipped = try? CalendarDate(
                    year: year, month: changed[2] * 10 + changed[3], day: changed[0] * 10 + changed[1])
            else { continue }
            return slipped
        }
        return nil
    }

    mutating func chooseLocation(_ rates: QueryCorruptor.Rates) {
        guard let current = subject.residences.first else { return }
        residence = current
        if subject.residences.count > 1, rng.chance(rates.oldAddress) {
            residence = subject.residences[1 + rng.below(subject.residences.count - 1)]
            note(.oldAddress)
        }
        let givesPostcode = rng.chance(rates.postcodePresent)
        if givesPostcode, let code = residence?.postcode {
            postcode = code
            if rng.chance(rates.postcodeTypo), let slipped = postcodeSlip(code) {
                postcode = slipped
                note(.postcodeTypo)
            }
        }
        if rng.chance(rates.addressPresent), let line = residence?.line, !line.isEmpty {
            addressLine = line
            if rng.chance(rates.addressAbbreviated) {
                addressLine = abbreviate(line)
                note(.addressAbbreviated)
            }
        }
        if !givesPostcode, addressLine == nil, corruptions.last == .oldAddress {
            corruptions.removeLast()  // the old address was never written down
        }
    }

    /// One character of the inward code mistyped, still a well-formed postcode.
    private mutating func postcodeSlip(_ code: Postcode) -> Postcode? {
        var inward = Array(code.inward)
        let position = rng.below(3)
        if position == 0 {
            inward[0] = Character(String(((Int(String(inward[0])) ?? 0) + 1 + rng.below(9)) % 10))
        } else {
            let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
            inward[position] = letters[rng.below(letters.count)]
        }
        let slipped = try? Postcode(code.outward + " " + String(inward))
        return slipped == code ? nil : slipped
    }

    private func abbreviate(_ line: String) -> String {
        let short = [
            "Street": "St", "Road": "Rd", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr", "Close": "Cl",
            "Crescent": "Cres", "Gardens": "Gdns", "Terrace": "Tce", "Place": "Pl", "Court": "Ct", "Grove": "Gr",
        ]
        var words = line.split(separator: " ").map(String.init)
        if let last = words.last, let abbreviation = short[last] { words[words.count - 1] = abbreviation }
        if let comma = words.firstIndex(where: { $0.hasSuffix(",") }) {
            words.removeSubrange(...comma)  // "Flat 3, 12 High St" → "12 High St"
        }
        return words.joined(separator: " ")
    }

    mutating func chooseOthers(_ rates: QueryCorruptor.Rates) {
        if rng.chance(rates.genderPresent) {
            gender = subject.gender
            if rng.chance(rates.genderWrong) {
                gender = subject.gender == .female ? .male : .female
                note(.genderWrong)
            }
        }
        if rng.chance(rates.gpPresent) { gpPractice = subject.gpPractice }
        if rng.chance(rates.nhsNumberPresent) {
            nhsNumber = subject.nhsNumber
            if rng.chance(rates.nhsNumberWrong) {
                var other: NHSNumber?
                while other == nil || other == subject.nhsNumber {
                    other = NHSNumber.completing(prefix: UInt64(rng.below(1_000_000_000)))
                }
                nhsNumber = other
                note(.nhsNumberWrong)
            }
            if rng.chance(rates.dateMissing) {
                birthDate = nil
                corruptions.removeAll { [.dayMonthSwapped, .yearOffByOne, .dateDigitTypo].contains($0) }
                note(.dateMissing)
            }
        }
    }
}
