import ConfidantCore
import ConfidantRegistryIO
import Foundation
import Testing

@Suite struct DisclosureRequestCSVReaderTests {
    static let header =
        "agency,officer,countersignatory,case_reference,agreement,purpose,offence_category,"
        + "offence_max_sentence_months,offence_description,legal_basis,other_means_tried,urgency,embargo_until,"
        + "embargo_until_court_decision,subject_nhs_number,subject_family_name,subject_given_names,"
        + "subject_birth_date,subject_gender,subject_postcode,requested_fields"
    static let receivedOn = date("2026-03-02")

    static func date(_ text: String) -> CalendarDate { try! CalendarDate(iso: text) }

    /// Writes `text` to a temporary file and reads every document from it.
    static func documents(_ text: String) throws -> [(line: Int, document: JSONValue)] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("requests-\(UUID()).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try DisclosureRequestCSVReader(path: url.path).documents()
    }

    /// The error reading `text` fails with.
    static func error(_ text: String) -> RegistryFileError? {
        do {
            _ = try documents(text)
            return nil
        } catch {
            return error as? RegistryFileError
        }
    }

    static func validate(_ document: JSONValue, _ id: String = "req-1") -> ValidationResult<DisclosureRequest> {
        DisclosureRequest.validate(document, id: try! RequestID(id), receivedOn: receivedOn)
    }

    @Test func aGoodFileGivesDocumentsThatValidateToTheRequests() throws {
        let text =
            "\u{FEFF}\(Self.header)\r\n"
            + "home-office-ie,o-101,o-900,HO/2026/0001,mou-2017,deportation,serious-violence,60,"
            + "\"Wounding, with intent\",crime-and-taxation,police-national-computer; dvla,urgent,2026-09-30,,"
            + "943 476 5919,,,,,,identity;location;registration\r\n"
            + "\r\n"
            + "met-police,o-7,,MP-77,met-2018,missing-person,missing-vulnerable-person,,\"Missing since\nFebruary\","
            + "vital-interests,,,,"
            + "T20267001,,Taylor,Oliver  James,1984-02-29,male,ls1 4hr,identity;\r\n"
        let documents = try Self.documents(text)
        #expect(documents.map(\.line) == [2, 4])
        let first = DisclosureRequest(
            id: try RequestID("req-1"), agency: try AgencyID("home-office-ie"), officer: try OfficerID("o-101"),
            countersignatory: try OfficerID("o-900"), caseReference: "HO/2026/0001",
            agreement: try AgreementID("mou-2017"),
            purpose: .deportation,
            offence: Offence(category: .seriousViolence, maxSentenceMonths: 60, description: "Wounding, with intent"),
            legalBasis: .crimeAndTaxation, otherMeansTried: [.policeNationalComputer, .dvla], urgency: .urgent,
            embargo: .until(Self.date("2026-09-30")),
            subject: SubjectIdentifiers(nhsNumber: try NHSNumber("9434765919")),
            requestedFields: [.identity, .location, .registration], receivedOn: Self.receivedOn)
        let second = DisclosureRequest(
            id: try RequestID("req-2"), agency: try AgencyID("met-police"), officer: try OfficerID("o-7"),
            caseReference: "MP-77", agreement: try AgreementID("met-2018"), purpose: .missingPerson,
            offence: Offence(category: .missingVulnerablePerson, description: "Missing since\nFebruary"),
            legalBasis: .vitalInterests,
            embargo: .untilCourtDecision("T20267001"),
            subject: SubjectIdentifiers(
                familyName: "Taylor", givenNames: ["Oliver", "James"], birthDate: Self.date("1984-02-29"),
                gender: .male,
                postcode: try Postcode("LS1 4HR")),
            requestedFields: [.identity], receivedOn: Self.receivedOn)
        #expect(Self.validate(documents[0].document).value == first)
        #expect(Self.validate(documents[1].document, "req-2").value == second)
    }

    @Test func emptyCellsLeaveTheirKeysOut() throws {
        let documents = try Self.documents(
            "agency,countersignatory,offence_category,offence_description,subject_family_name,requested_fields\n"
                + "home-office-ie, ,,,Taylor,;\n")
        #expect(
            documents.first?.document
                == .object([
                    "agency": .string("home-office-ie"), "subject": .object(["family_name": .string("Taylor")]),
                ]))
    }

    @Test func aHeaderOnlyFileHasNoRequests() throws {
        #expect(try Self.documents("agency,officer\n").isEmpty)
    }

    @Test(arguments: [
        ("", RegistryFileError.Location.csv(line: 1, column: nil)),
        ("agency,agancy\n", .csv(line: 1, column: "agancy")),
        ("agency,officer,Agency\n", .csv(line: 1, column: "agency")),
        ("agency,,officer\n", .csv(line: 1, column: nil)),
        ("agency,id\n", .csv(line: 1, column: "id")),
    ])
    func aBadHeaderIsAnErrorNamingTheColumn(_ text: String, _ location: RegistryFileError.Location) {
        #expect(Self.error(text)?.location == location)
    }

    @Test func aNumberColumnWithTextIsAnErrorNamingLineAndColumn() {
        let error = Self.error(
            "agency,offence_max_sentence_months\nhome-office-ie,24\nhome-office-ie,twelve months\n")
        #expect(error?.location == .csv(line: 3, column: "offence_max_sentence_months"))
        #expect(error?.message.contains("twelve") == false)
    }

    @Test(arguments: ["0x18", "1e3", "inf", "nan", "+12", "12.", ".5", "1,200", "٢٤"])
    func onlyDecimalDigitsAreNumbers(_ cell: String) {
        let error = Self.error("agency,offence_max_sentence_months\nhome-office-ie,\"\(cell)\"\n")
        #expect(error?.location == .csv(line: 2, column: "offence_max_sentence_months"))
    }

    @Test(arguments: [
        ("agency,officer\nhome-office-ie\n", RegistryFileError.Location.csv(line: 2, column: nil)),
        ("agency,officer\nhome-office-ie,o-1,extra\n", .csv(line: 2, column: nil)),
        ("agency,officer\nhome-office-ie,\"o-1\n", .csv(line: 2, column: "officer")),
        ("agency,officer\na,b\nhome\"office,o-1\n", .csv(line: 3, column: "agency")),
        ("agency,officer\nhome-office-ie,\"o-1\"x\n", .csv(line: 2, column: "officer")),
    ])
    func malformedRowsAreErrorsNamingTheLine(_ text: String, _ location: RegistryFileError.Location) {
        #expect(Self.error(text)?.location == location)
    }

    @Test func bytesThatAreNotUTF8AreAnErrorNamingLineAndColumn() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("requests-\(UUID()).csv")
        try Data("agency,officer\nhome-office-ie,o".utf8 + [0xFF] + "\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: RegistryFileError(.csv(line: 2, column: "officer"), "not valid UTF-8")) {
            try DisclosureRequestCSVReader(path: url.path).documents()
        }
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: RegistryFileError(.file, "cannot read the file (does it exist?)")) {
            try DisclosureRequestCSVReader(path: "/nonexistent/requests.csv")
        }
    }

    @Test func aRowsFieldProblemsComeBackFromValidationWithTheFieldName() throws {
        let documents = try Self.documents(
            "officer,case_reference,agreement,purpose,offence_max_sentence_months,legal_basis,embargo_until,"
                + "embargo_until_court_decision,subject_nhs_number,requested_fields\n"
                + "o-1,HO-1,mou-2017,tracing,12.5,crime-and-taxation,2026-09-30,T1,943 476 5918,identity;clinical\n")
        let problems = Self.validate(documents[0].document).problems
        #expect(
            Set(problems).isSuperset(of: [
                .missing("agency", ""), .unknownValue("purpose", ""), .wrongType("offence.max_sentence_months", ""),
                .inconsistent("embargo", ""), .invalidFormat("subject.nhs_number", ""),
                .notPermitted("requested_fields", ""),
            ]))
        #expect(problems.compactMap { DisclosureRequestCSVColumn(field: $0.field) }.contains(.subjectNHSNumber))
    }

    @Test(arguments: [
        ("offence.max_sentence_months", DisclosureRequestCSVColumn.offenceMaxSentenceMonths),
        ("requested_fields[1]", .requestedFields), ("subject.nhs_number", .subjectNHSNumber), ("agency", .agency),
        ("embargo.until", .embargoUntil),
    ])
    func validationFieldsMapBackToColumns(_ field: String, _ column: DisclosureRequestCSVColumn) {
        #expect(DisclosureRequestCSVColumn(field: field) == column)
    }

    @Test func problemsWithSeveralColumnsMapToNone() {
        #expect(DisclosureRequestCSVColumn(field: "subject") == nil)
        #expect(DisclosureRequestCSVColumn(field: "embargo") == nil)
    }
}
