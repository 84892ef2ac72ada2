/// How often each trait occurs in the synthetic registry, in one place so that the
/// tests and the generator agree on the same numbers.
enum Rates {
    /// Share of patients who are one of a pair of twins (decided per pair of indices).
    static let twin = 0.015
    /// Share of twin pairs of the same sex (identical twins plus half the fraternal ones).
    static let twinsSameSex = 2.0 / 3.0
    /// Share of households with one or more previous addresses.
    static let moved = 0.20
    /// Share of women aged 25 or over who took another surname.
    static let surnameChange = 0.30
    static let surnameChangeMinimumAgeDays = 9_131  // 25 years
    /// Share with a middle name.
    static let middleName = 0.30
    /// PDS "S-flag" (decided per household, so twins are both protected).
    static let restricted = 0.001
    static let nationalDataOptOut = 0.03
    static let type1OptOut = 0.01
    static let phone = 0.70
    /// Share of phone numbers that are mobiles rather than landlines.
    static let mobile = 0.65
    static let email = 0.40
    /// Share of patients with clinical entries.
    static let clinicalRecord = 0.05
    /// Per mille with administrative gender `other` and `unknown`.
    static let otherGenderPerMille = 1
    static let unknownGenderPerMille = 1

    /// Share dead by age in years: about 1% of the registry overall.
    static func death(ageYears: Int) -> Double {
        switch ageYears {
        case ..<60: 0.0035
        case 60..<80: 0.022
        default: 0.065
        }
    }
}
