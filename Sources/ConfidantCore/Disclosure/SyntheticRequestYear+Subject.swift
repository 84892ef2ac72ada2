extension SyntheticRequestYear {
    private static let familyNames = [
        "Smith", "Jones", "Khan", "Ahmed", "Nowak", "Okafor", "Silva", "Patel", "Mensah", "Kowalski", "Brown",
        "Hussain", "Ali", "Taylor", "Wilson", "Begum", "Popescu", "Ibrahim", "Nguyen", "Murphy",
    ]
    private static let givenNames = [
        "Adam", "Amina", "Daniel", "Fatima", "Grace", "Ivan", "James", "Joseph", "Maria", "Mohammed", "Olivia",
        "Piotr", "Priya", "Samuel", "Sarah", "Tomasz", "Yusuf", "Zainab", "Emmanuel", "Elena",
    ]
    private static let postcodes = ["LS1 4HR", "B11 1AA", "M14 5RL", "E1 6AN", "NW10 4QP", "BD8 7DP", "L8 2TJ"]

    /// Who a request is about: an NHS number with probability `byNumber`, else names and a birth date.
    static func subject(byNumber: Double, _ generator: inout some RandomNumberGenerator) -> SubjectIdentifiers {
        let birth = CalendarDate(daysSinceEpoch: generator.int(in: -7300...14_600))
        if generator.chance(byNumber) {
            var number: NHSNumber?
            while number == nil {
                number = NHSNumber.completing(prefix: UInt64(generator.int(in: 400_000_000...499_999_999)))
            }
            return SubjectIdentifiers(nhsNumber: number, birthDate: birth)
        }
        let postcode = generator.chance(0.5) ? try? Postcode(generator.element(of: postcodes)) : nil
        return SubjectIdentifiers(
            familyName: generator.element(of: familyNames), givenNames: [generator.element(of: givenNames)],
            birthDate: birth, gender: generator.chance(0.5) ? .male : .female, postcode: postcode)
    }
}
