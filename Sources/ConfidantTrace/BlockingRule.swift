/// The rules that file registry patients under blocking keys, and that turn a query into
/// the keys it looks up. Each key is the stable hash of `"rule|value|value..."`.
public enum BlockingRule: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The NHS number.
    case nhsNumber = "nhs"
    /// Normalised family name, first given name and birth date: the exact search.
    case exact = "exact"
    /// Soundex of the family name (each name in the history, each part of a double-barrelled
    /// name) and birth date. Query variants: day and month swapped, year ±1, names swapped.
    case familyPhoneticBirthDate = "fdob"
    /// NYSIIS code of the family name and birth date: NYSIIS folds spellings that change the
    /// first letter (`Khan`/`Chan`, `Krawford`/`Crawford`), which Soundex keeps apart.
    case familyNYSIISBirthDate = "fndob"
    /// Soundex of the first given name, or of a formal name it is a nickname of, and birth date.
    /// Query variants: day and month swapped, names swapped.
    case givenPhoneticBirthDate = "gdob"
    /// Postcode district (of any address in the history) and birth date. Query variant: day and month swapped.
    case districtBirthDate = "pdob"
    /// Soundex of the family name, initial of the first given name and birth year.
    case familyPhoneticInitialYear = "fgy"
    /// Soundex of the family name with day and month of birth (catches a wrong year).
    case familyPhoneticDayMonth = "fmd"
    /// Initials of family and given name with birth year and month (catches phonetic misspellings).
    case initialsYearMonth = "iym"
    /// Soundex of the family name and postcode district (of any address): the one rule without
    /// the birth date, for queries whose date is missing or badly wrong.
    case familyPhoneticDistrict = "fpd"

    /// Whether the rule serves the exact stage.
    public var isExact: Bool { self == .nhsNumber || self == .exact }

    /// Whether the rule serves the broad stage: it keys on less than the full birth date
    /// (the year, the day and month, the year and month, or no date at all), so its blocks
    /// are wide. A trace looks these keys up only when the rules on the full date find no
    /// unique match. The rest serve the fuzzy stage.
    public var isBroad: Bool {
        switch self {
        case .familyPhoneticInitialYear, .familyPhoneticDayMonth, .initialsYearMonth, .familyPhoneticDistrict: true
        case .nhsNumber, .exact, .familyPhoneticBirthDate, .familyNYSIISBirthDate, .givenPhoneticBirthDate,
            .districtBirthDate:
            false
        }
    }

    /// The rule's position in ``allCases``.
    var index: UInt16 {
        switch self {
        case .nhsNumber: 0
        case .exact: 1
        case .familyPhoneticBirthDate: 2
        case .familyNYSIISBirthDate: 3
        case .givenPhoneticBirthDate: 4
        case .districtBirthDate: 5
        case .familyPhoneticInitialYear: 6
        case .familyPhoneticDayMonth: 7
        case .initialsYearMonth: 8
        case .familyPhoneticDistrict: 9
        }
    }

    public static func < (lhs: BlockingRule, rhs: BlockingRule) -> Bool { lhs.index < rhs.index }
}
