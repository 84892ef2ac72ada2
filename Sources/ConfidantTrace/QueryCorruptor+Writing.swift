import ConfidantCore
import Foundation

extension Draft {
    /// The query's fields as the officer typed them.
    struct WrittenFields {
        var nhsNumber: String?
        var given: String?
        var family: String?
        var birthDate: String?
        var gender: String?
        var postcode: String?
        var addressLine: String?
        var gpPractice: String?
    }

    mutating func writtenFields(_ rates: QueryCorruptor.Rates, referenceDate: CalendarDate?) -> WrittenFields {
        var fields = WrittenFields()
        fields.nhsNumber = nhsNumber.map { rng.chance(0.5) ? $0.formatted : $0.description }
        var givenText = given.joined(separator: " ")
        var familyText = family
        if rng.chance(rates.surfaceVariation) {
            switch rng.below(3) {
            case 0:
                givenText = givenText.uppercased()
                familyText = familyText.uppercased()
            case 1:
                givenText = givenText.lowercased()
                familyText = familyText.lowercased()
            default:
                if !givenText.isEmpty {
                    let titles = subject.gender == .female ? ["Mrs", "Ms", "Miss", "Dr"] : ["Mr", "Dr"]
                    givenText = titles[rng.below(titles.count)] + " " + givenText
                }
            }
        }
        if rng.chance(0.3) { familyText = familyText.replacingApostrophes() }
        fields.given = givenText.isEmpty ? nil : givenText
        fields.family = familyText.isEmpty ? nil : familyText
        fields.birthDate = birthDate.map { write($0, referenceDate: referenceDate) }
        fields.gender = gender.map { gender in
            let forms = [gender.rawValue, String(gender.rawValue.prefix(1)).uppercased(), gender.rawValue.capitalized]
            return forms[rng.below(forms.count)]
        }
        fields.postcode = postcode.map { code in
            rng.chance(0.2) ? (code.outward + code.inward).lowercased() : code.description
        }
        fields.addressLine = addressLine
        fields.gpPractice = gpPractice?.value
        return fields
    }

    /// A date in one of the ways people write them.
    private mutating func write(_ date: CalendarDate, referenceDate: CalendarDate?) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let month = months[date.month - 1]
        let age = referenceDate.map { $0.year - date.year } ?? 100
        let shortYear = age < 90 ? pad(date.year % 100) : String(date.year)
        switch rng.below(8) {
        case 0: return date.description
        case 1: return "\(pad(date.day))/\(pad(date.month))/\(date.year)"
        case 2: return "\(date.day)-\(date.month)-\(date.year)"
        case 3: return "\(date.day) \(month) \(date.year)"
        case 4: return "\(date.day) \(month.prefix(3)) \(shortYear)"
        case 5: return "\(pad(date.day)).\(pad(date.month)).\(date.year)"
        case 6: return "\(month) \(date.day), \(date.year)"
        default: return "\(date.day)/\(date.month)/\(shortYear)"
        }
    }
}

extension String {
    /// `O'Brien` → `OBrien` or `O Brien`, as forms without apostrophes get written.
    fileprivate func replacingApostrophes() -> String {
        guard contains("'") else { return self }
        return split(separator: "'", omittingEmptySubsequences: false).joined(separator: count % 2 == 0 ? "" : " ")
    }
}
