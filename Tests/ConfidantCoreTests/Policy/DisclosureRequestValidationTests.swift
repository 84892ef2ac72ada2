import ConfidantCore
import Foundation
import Testing

/// Every bad input gets a problem naming its field and the rule broken, for a 4xx.
@Suite struct DisclosureRequestValidationTests {
    static let valid = """
        {
          "id": "req-1", "agency": "met-police", "officer": "pc-1", "countersignatory": "dci-2",
          "case_reference": "MP/2020/1", "agreement": "met-agreement", "purpose": "detection-of-crime",
          "offence": {"category": "murder", "max_sentence_months": 1200, "description": "stabbing"},
          "legal_basis": "crime-and-taxation", "other_means_tried": ["police-national-computer"],
          "urgency": "urgent", "embargo": {"until": "2021-01-01"},
          "subject": {"nhs_number": "943 476 5919", "family_name": "Smith", "given_names": ["Ann"],
                      "birth_date": "1980-01-02", "gender": "female", "postcode": "ls1 4hr"},
          "requested_fields": ["identity", "location"], "received_on": "2020-06-01"
        }
        """

    static func json(_ change: (inout [String: JSONValue]) -> Void = { _ in }) -> JSONValue {
        guard case .object(var object)? = JSONValue.parse(Data(valid.utf8)) else { fatalError("bad fixture") }
        change(&object)
        return .object(object)
    }

    static func nested(
        _ key: String, _ field: String, _ value: JSONValue?
    ) -> @Sendable (inout [String: JSONValue]) -> Void {
        { object in
            guard case .object(var inner)? = object[key] else { return }
            inner[field] = value
            object[key] = .object(inner)
        }
    }

    @Test func aValidRequestBecomesADisclosureRequest() throws {
        let request = try #require(DisclosureRequest.validate(Self.json()).value)
        #expect(request.id.value == "req-1")
        #expect(request.offence == Offence(category: .murder, maxSentenceMonths: 1200, description: "stabbing"))
        #expect(request.subject.nhsNumber?.description == "9434765919")
        #expect(request.subject.postcode?.description == "LS1 4HR")
        #expect(request.requestedFields == [.identity, .location])
        #expect(request.embargo == .until(PolicyInputs.date("2021-01-01")))
        #expect(request.isCountersigned)
        #expect(request.validationProblems().isEmpty)
    }

    struct BadInput: Sendable, CustomStringConvertible {
        var description: String
        var change: @Sendable (inout [String: JSONValue]) -> Void
        var code: ValidationProblem.Code
        var field: String
    }

    static let badInputs: [BadInput] = [
        BadInput(
            description: "no legal basis", change: { $0["legal_basis"] = nil }, code: .missing, field: "legal_basis"),
        BadInput(
            description: "null legal basis", change: { $0["legal_basis"] = .null }, code: .missing, field: "legal_basis"
        ),
        BadInput(
            description: "unknown legal basis", change: { $0["legal_basis"] = .string("crime") }, code: .unknownValue,
            field: "legal_basis"),
        BadInput(
            description: "negative sentence", change: nested("offence", "max_sentence_months", .number(-3)),
            code: .outOfRange, field: "offence.max_sentence_months"),
        BadInput(
            description: "fractional sentence", change: nested("offence", "max_sentence_months", .number(1.5)),
            code: .wrongType, field: "offence.max_sentence_months"),
        BadInput(
            description: "offence without category or sentence",
            change: { $0["offence"] = .object(["description": .string("something")]) }, code: .missing, field: "offence"
        ),
        BadInput(
            description: "unknown field category",
            change: { $0["requested_fields"] = .array([.string("identity"), .string("adress")]) }, code: .unknownValue,
            field: "requested_fields[1]"),
        BadInput(
            description: "clinical requested", change: { $0["requested_fields"] = .array([.string("clinical")]) },
            code: .notPermitted, field: "requested_fields"),
        BadInput(
            description: "no fields requested", change: { $0["requested_fields"] = .array([]) }, code: .missing,
            field: "requested_fields"),
        BadInput(
            description: "invalid NHS number", change: nested("subject", "nhs_number", .string("9434765918")),
            code: .invalidFormat, field: "subject.nhs_number"),
        BadInput(
            description: "subject that cannot be traced",
            change: { $0["subject"] = .object(["family_name": .string("Smith")]) }, code: .missing, field: "subject"),
        BadInput(
            description: "bad postcode", change: nested("subject", "postcode", .string("LS1")), code: .invalidFormat,
            field: "subject.postcode"),
        BadInput(
            description: "impossible received date", change: { $0["received_on"] = .string("2020-02-30") },
            code: .invalidFormat, field: "received_on"),
        BadInput(
            description: "birth date after the request", change: nested("subject", "birth_date", .string("2021-01-01")),
            code: .outOfRange, field: "subject.birth_date"),
        BadInput(
            description: "countersigned by the officer", change: { $0["countersignatory"] = .string("pc-1") },
            code: .inconsistent, field: "countersignatory"),
        BadInput(
            description: "misspelt key",
            change: {
                $0["legalBasis"] = $0["legal_basis"]
                $0["legal_basis"] = nil
            }, code: .unknownKey, field: "legalBasis"),
        BadInput(
            description: "agency given as a number", change: { $0["agency"] = .number(12) }, code: .wrongType,
            field: "agency"),
        BadInput(
            description: "agency id with spaces", change: { $0["agency"] = .string("met police") },
            code: .invalidFormat,
            field: "agency"),
        BadInput(
            description: "unknown agreement shape",
            change: { $0["agreement"] = .object(["id": .string("met-agreement")]) },
            code: .wrongType, field: "agreement"),
        BadInput(
            description: "embargo until a date and a decision",
            change: {
                $0["embargo"] = .object(["until": .string("2021-01-01"), "until_court_decision": .string("T1")])
            },
            code: .inconsistent, field: "embargo"),
        BadInput(
            description: "embargo ending before the request",
            change: { $0["embargo"] = .object(["until": .string("2019-01-01")]) },
            code: .outOfRange, field: "embargo.until"),
        BadInput(
            description: "unknown urgency", change: { $0["urgency"] = .string("asap") }, code: .unknownValue,
            field: "urgency"),
        BadInput(
            description: "subject as text", change: { $0["subject"] = .string("Ann Smith") }, code: .wrongType,
            field: "subject"),
    ]

    @Test(arguments: badInputs)
    func badInputIsReportedAtItsField(_ bad: BadInput) {
        let problems = DisclosureRequest.validate(Self.json(bad.change)).problems
        #expect(problems.contains { $0.code == bad.code && $0.field == bad.field }, "\(problems)")
        #expect(problems.allSatisfy { !$0.message.isEmpty })
    }

    @Test func problemsNeverRepeatPatientData() {
        let problems = DisclosureRequest.validate(
            Self.json(Self.nested("subject", "nhs_number", .string("9434765918")))
        ).problems
        #expect(problems.count == 1)
        #expect(problems.allSatisfy { !$0.description.contains("9434765918") })
    }

    @Test func everyProblemIsReportedAtOnce() {
        let problems = DisclosureRequest.validate(
            Self.json {
                $0["legal_basis"] = nil
                $0["requested_fields"] = .array([.string("clinical")])
                $0["offence"] = .object(["max_sentence_months": .number(-1)])
                $0["colour"] = .string("blue")
            }
        ).problems
        #expect(
            Set(problems) == [
                .missing("legal_basis", ""), .notPermitted("requested_fields", ""),
                .outOfRange("offence.max_sentence_months", ""), .unknownKey("colour", ""),
            ])
    }

    @Test func aMisspeltKeyGetsASuggestion() {
        let problems = DisclosureRequest.validate(
            Self.json {
                $0["caseReference"] = $0["case_reference"]
                $0["case_reference"] = nil
            }
        ).problems
        #expect(
            problems.first { $0.code == .unknownKey }?.message
                == "'caseReference' is not a field of a disclosure request; did you mean 'case_reference'?")
    }

    @Test func notAnObjectAtAll() {
        #expect(DisclosureRequest.validate(.array([])).problems == [.wrongType("", "")])
    }

    @Test func theGatewayCanAssignTheIdAndDay() throws {
        let assigned = try RequestID("req-9")
        let body = Self.json {
            $0["id"] = nil
            $0["received_on"] = nil
        }
        let request = DisclosureRequest.validate(body, id: assigned, receivedOn: PolicyInputs.date("2020-07-01")).value
        #expect(request?.id == assigned)
        #expect(request?.receivedOn == PolicyInputs.date("2020-07-01"))
        let problems = DisclosureRequest.validate(
            Self.json(), id: assigned, receivedOn: PolicyInputs.date("2020-07-01")
        ).problems
        #expect(Set(problems) == [.notPermitted("id", ""), .notPermitted("received_on", "")])
    }

    @Test func codableRoundTripsAndDecodingValidates() throws {
        let request = try #require(DisclosureRequest.validate(Self.json()).value)
        let data = try JSONEncoder().encode(request)
        #expect(try JSONDecoder().decode(DisclosureRequest.self, from: data) == request)
        #expect(DisclosureRequest.validate(try #require(JSONValue.parse(data))).value == request)
        let bad = try JSONEncoder().encode(Self.json { $0["legal_basis"] = nil })
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DisclosureRequest.self, from: bad) }
    }

    @Test func checksTheRequestAgainstItsAgreement() throws {
        let request = try #require(DisclosureRequest.validate(Self.json()).value)
        let agency = Agency(id: try AgencyID("met-police"), name: "Met", kind: .police)
        let start = PolicyInputs.date("2020-01-01")
        var agreement = Agreement(
            id: try AgreementID("met-agreement"), agency: agency.id, title: "Met", purposes: [.detectionOfCrime],
            permittedFields: [.identity, .location], legalBases: [.crimeAndTaxation], effectiveFrom: start,
            statusHistory: [AgreementStatusChange(status: .active, on: start, reason: "")])
        #expect(request.problems(against: agreement, of: agency, on: request.receivedOn).isEmpty)
        agreement.purposes = [.inquest]
        agreement.legalBases = [.courtOrder]
        #expect(
            Set(request.problems(against: agreement, of: agency, on: request.receivedOn))
                == [.notPermitted("purpose", ""), .notPermitted("legal_basis", "")])
        #expect(
            request.problems(against: agreement, of: agency, on: PolicyInputs.date("2019-12-31"))
                .contains(.inconsistent("agreement", "")))
    }
}
