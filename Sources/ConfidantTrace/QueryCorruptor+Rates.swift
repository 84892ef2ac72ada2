extension QueryCorruptor {
    /// How often each error happens (each a probability, applied independently; errors that
    /// need something, like a previous surname or a middle name, apply only to people who have it).
    public struct Rates: Sendable, Hashable, Codable {
        /// One keyboard slip in the family name.
        public var familyTypo: Double
        /// A family name spelt as it sounds.
        public var familyPhonetic: Double
        /// Given that the person has a previous surname.
        public var previousSurname: Double
        /// Given a double-barrelled or multi-part family name: only one part is written.
        public var familyPart: Double
        /// Given and family name written the wrong way round.
        public var namesSwapped: Double
        /// One keyboard slip in the first name.
        public var givenTypo: Double
        /// A first name spelt as it sounds.
        public var givenPhonetic: Double
        /// Given that the first name has a nickname or spelling variant.
        public var nickname: Double
        /// The middle name written as the first name.
        public var middleNameAsFirst: Double
        /// Only the first initial.
        public var givenInitial: Double
        /// No given name.
        public var givenMissing: Double
        /// Day and month of birth swapped (when both are 12 or less).
        public var dayMonthSwapped: Double
        /// Birth year one out.
        public var yearOffByOne: Double
        /// One birth-date digit mistyped or two adjacent digits swapped.
        public var dateDigitTypo: Double
        /// Only when an NHS number is supplied (otherwise the query would be insufficient).
        public var dateMissing: Double
        /// A postcode is given.
        public var postcodePresent: Double
        /// Given a previous address: the query gives that one (postcode and line).
        public var oldAddress: Double
        /// One character of the inward code mistyped.
        public var postcodeTypo: Double
        /// A street line is given.
        public var addressPresent: Double
        /// The street type abbreviated (`St`, `Rd`) and any flat dropped.
        public var addressAbbreviated: Double
        /// A gender is given.
        public var genderPresent: Double
        /// The gender given is wrong.
        public var genderWrong: Double
        /// The GP practice is given.
        public var gpPresent: Double
        /// An NHS number is given.
        public var nhsNumberPresent: Double
        /// The NHS number given is someone else's.
        public var nhsNumberWrong: Double
        /// A title before the given names (`Mrs Jane`), or the names in capitals or lower case.
        public var surfaceVariation: Double

        /// What evaluation uses: errors at rates seen in manual data entry, a quarter of
        /// people with a previous address giving the old one, two fifths of women with a
        /// previous surname giving it, most queries without an NHS number.
        public static let evaluation = Rates(
            familyTypo: 0.05, familyPhonetic: 0.05, previousSurname: 0.4, familyPart: 0.5, namesSwapped: 0.02,
            givenTypo: 0.04, givenPhonetic: 0.04, nickname: 0.10, middleNameAsFirst: 0.03, givenInitial: 0.02,
            givenMissing: 0.05, dayMonthSwapped: 0.03, yearOffByOne: 0.03, dateDigitTypo: 0.03, dateMissing: 0.3,
            postcodePresent: 0.65, oldAddress: 0.25, postcodeTypo: 0.03, addressPresent: 0.4,
            addressAbbreviated: 0.3, genderPresent: 0.7, genderWrong: 0.01, gpPresent: 0.15, nhsNumberPresent: 0.1,
            nhsNumberWrong: 0.05, surfaceVariation: 0.3)

        /// What the trainer synthesises when it is given no real queries: deliberately flat,
        /// generic rates that differ from ``evaluation``, so that evaluating a model does not
        /// merely replay the error rates it was trained on.
        public static let training = Rates(
            familyTypo: 0.06, familyPhonetic: 0.06, previousSurname: 0.3, familyPart: 0.3, namesSwapped: 0.03,
            givenTypo: 0.06, givenPhonetic: 0.05, nickname: 0.06, middleNameAsFirst: 0.03, givenInitial: 0.03,
            givenMissing: 0.05, dayMonthSwapped: 0.04, yearOffByOne: 0.04, dateDigitTypo: 0.04, dateMissing: 0.2,
            postcodePresent: 0.6, oldAddress: 0.2, postcodeTypo: 0.04, addressPresent: 0.5,
            addressAbbreviated: 0.2, genderPresent: 0.6, genderWrong: 0.02, gpPresent: 0.2, nhsNumberPresent: 0.2,
            nhsNumberWrong: 0.05, surfaceVariation: 0.3)
    }
}
