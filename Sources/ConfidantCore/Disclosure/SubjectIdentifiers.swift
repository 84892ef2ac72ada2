/// What the agency knows about the person it is looking for: an NHS number, or
/// enough demographics to trace them (a family name and a birth date at least).
///
/// Validation messages name the field, never its value: these are patient data.
public struct SubjectIdentifiers: Hashable, Sendable {
    /// The NHS number, when the agency knows it.
    public var nhsNumber: NHSNumber?
    /// The family name.
    public var familyName: String?
    /// Given names, first name first.
    public var givenNames: [String]
    /// The date of birth.
    public var birthDate: CalendarDate?
    /// The gender.
    public var gender: Gender?
    /// A postcode the person is thought to live at.
    public var postcode: Postcode?

    /// Creates the identifiers; ``validationProblems(at:)`` checks that they can be traced.
    public init(
        nhsNumber: NHSNumber? = nil,
        familyName: String? = nil,
        givenNames: [String] = [],
        birthDate: CalendarDate? = nil,
        gender: Gender? = nil,
        postcode: Postcode? = nil
    ) {
        self.nhsNumber = nhsNumber
        self.familyName = familyName
        self.givenNames = givenNames
        self.birthDate = birthDate
        self.gender = gender
        self.postcode = postcode
    }

    /// Checks that the subject can be traced; `field` is where it sits in the request.
    public func validationProblems(at field: String = "subject") -> [ValidationProblem] {
        guard nhsNumber == nil else { return [] }
        if familyName == nil || birthDate == nil {
            return [.missing(field, "identify the subject by NHS number, or by family name and birth date at least")]
        }
        return []
    }

    static func read(_ reader: inout JSONObjectReader) -> SubjectIdentifiers? {
        var failed = false
        var nhsNumber: NHSNumber?
        if let text = reader.string("nhs_number") {
            do {
                nhsNumber = try NHSNumber(text)
            } catch {
                reader.report(.invalidFormat(reader.path("nhs_number"), "not a valid NHS number: \(error.description)"))
                failed = true
            }
        }
        var postcode: Postcode?
        if let text = reader.string("postcode") {
            do {
                postcode = try Postcode(text)
            } catch {
                reader.report(.invalidFormat(reader.path("postcode"), error.description))
                failed = true
            }
        }
        let given = reader.list("given_names") { value, path, problems in
            JSONObjectReader.string(value, at: path, problems: &problems)
        }
        let family = reader.string("family_name")
        let birthDate = reader.date("birth_date")
        let gender = reader.code(Gender.self, "gender", kind: "a gender")
        let subject = SubjectIdentifiers(
            nhsNumber: nhsNumber, familyName: family, givenNames: given ?? [], birthDate: birthDate, gender: gender,
            postcode: postcode)
        let problems = failed ? [] : subject.validationProblems(at: reader.path)
        for problem in problems { reader.report(problem) }
        return failed || !problems.isEmpty ? nil : subject
    }
}

extension SubjectIdentifiers: Codable {
    private enum CodingKeys: String, CodingKey {
        case nhsNumber = "nhs_number"
        case familyName = "family_name"
        case givenNames = "given_names"
        case birthDate = "birth_date"
        case gender
        case postcode
    }

    public init(from decoder: any Decoder) throws {
        self = try JSONObjectReader.decode(decoder, kind: "a subject", Self.read)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(nhsNumber, forKey: .nhsNumber)
        try container.encodeIfPresent(familyName, forKey: .familyName)
        if !givenNames.isEmpty { try container.encode(givenNames, forKey: .givenNames) }
        try container.encodeIfPresent(birthDate, forKey: .birthDate)
        try container.encodeIfPresent(gender, forKey: .gender)
        try container.encodeIfPresent(postcode, forKey: .postcode)
    }
}
