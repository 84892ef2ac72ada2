import ConfidantCore

/// A query being written: the details chosen so far and the errors made.
struct Draft {
    var subject: Subject
    var rng: SeededRandomGenerator
    var corruptions: [QueryCorruption] = []
    var given: [String]
    var family: String
    var birthDate: CalendarDate?
    var nhsNumber: NHSNumber?
    var residence: Subject.Residence?
    var postcode: Postcode?
    var addressLine: String?
    var gender: Gender?
    var gpPractice: ODSCode?

    init(subject: Subject, rng: SeededRandomGenerator) {
        self.subject = subject
        self.rng = rng
        given = subject.given
        family = subject.family
        birthDate = subject.birthDate
    }

    mutating func note(_ corruption: QueryCorruption) {
        corruptions.append(corruption)
    }

    func typedQuery() -> TraceQuery {
        TraceQuery(
            nhsNumber: nhsNumber, givenNames: given.isEmpty ? nil : given.joined(separator: " "),
            familyName: family.isEmpty ? nil : family, birthDate: birthDate, gender: gender, postcode: postcode,
            addressLine1: addressLine, gpPractice: gpPractice)
    }
}
