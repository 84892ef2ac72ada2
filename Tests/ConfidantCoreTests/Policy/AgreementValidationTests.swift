import ConfidantCore
import Foundation
import Testing

/// Agencies, officers and agreements: JSON validation, status history, and status on a day.
@Suite struct AgreementValidationTests {
    static let valid = """
        {
          "id": "mou-2017", "agency": "home-office-ie", "title": "Memorandum of Understanding",
          "purposes": ["immigration-enforcement"], "permitted_fields": ["identity", "demographics", "location"],
          "legal_bases": ["immigration-control"], "effective_from": "2017-01-01",
          "status_history": [
            {"status": "active", "on": "2017-01-01", "reason": "signed"},
            {"status": "suspended", "on": "2018-05-09", "reason": "criteria narrowed"},
            {"status": "withdrawn", "on": "2018-11-09", "reason": "withdrawn"}
          ]
        }
        """

    static func json(_ change: (inout [String: JSONValue]) -> Void = { _ in }) -> JSONValue {
        guard case .object(var object)? = JSONValue.parse(Data(valid.utf8)) else { fatalError("bad fixture") }
        change(&object)
        return .object(object)
    }

    @Test(
        arguments: [
            ("2016-12-31", nil), ("2017-01-01", AgreementStatus.active), ("2018-05-08", .active),
            ("2018-05-09", .suspended),
            ("2018-11-09", .withdrawn),
        ] as [(String, AgreementStatus?)])
    func statusOnADay(_ day: String, _ status: AgreementStatus?) throws {
        let agreement = try #require(Agreement.validate(Self.json()).value)
        #expect(agreement.status(on: PolicyInputs.date(day)) == status)
    }

    @Test func anEndDateTakesTheAgreementOutOfForce() throws {
        let agreement = try #require(
            Agreement.validate(Self.json { $0["effective_until"] = .string("2017-06-30") }).value)
        #expect(agreement.status(on: PolicyInputs.date("2017-06-30")) == .active)
        #expect(agreement.status(on: PolicyInputs.date("2017-07-01")) == nil)
    }

    static func entry(_ index: Int, _ field: String, _ value: JSONValue?)
        -> @Sendable (inout [String: JSONValue]) -> Void
    {
        { object in
            guard case .array(var entries)? = object["status_history"], case .object(var entry) = entries[index] else {
                return
            }
            entry[field] = value
            entries[index] = .object(entry)
            object["status_history"] = .array(entries)
        }
    }

    struct BadAgreement: Sendable, CustomStringConvertible {
        var description: String
        var change: @Sendable (inout [String: JSONValue]) -> Void
        var code: ValidationProblem.Code
        var field: String
    }

    static let badAgreements: [BadAgreement] = [
        BadAgreement(
            description: "status history not a list", change: { $0["status_history"] = .string("active") },
            code: .wrongType, field: "status_history"),
        BadAgreement(
            description: "unknown status", change: entry(1, "status", .string("paused")), code: .unknownValue,
            field: "status_history[1].status"),
        BadAgreement(
            description: "suspension without a reason", change: entry(1, "reason", nil), code: .missing,
            field: "status_history[1].reason"),
        BadAgreement(
            description: "changes out of date order", change: entry(2, "on", .string("2018-01-01")),
            code: .inconsistent, field: "status_history[2].on"),
        BadAgreement(
            description: "clinical permitted", change: { $0["permitted_fields"] = .array([.string("clinical")]) },
            code: .notPermitted, field: "permitted_fields"),
        BadAgreement(
            description: "no purposes", change: { $0["purposes"] = .array([]) }, code: .missing, field: "purposes"),
        BadAgreement(
            description: "ends before it starts", change: { $0["effective_until"] = .string("2016-01-01") },
            code: .inconsistent, field: "effective_until"),
        BadAgreement(
            description: "history entry not an object", change: { $0["status_history"] = .array([.string("active")]) },
            code: .wrongType, field: "status_history[0]"),
        BadAgreement(
            description: "unknown key in an entry", change: entry(0, "date", .string("2017-01-01")), code: .unknownKey,
            field: "status_history[0].date"),
    ]

    @Test(arguments: badAgreements)
    func badAgreementsAreReportedAtTheirField(_ bad: BadAgreement) {
        let problems = Agreement.validate(Self.json(bad.change)).problems
        #expect(problems.contains { $0.code == bad.code && $0.field == bad.field }, "\(problems)")
    }

    @Test func aWithdrawnAgreementCannotChangeAgain() throws {
        var agreement = try #require(Agreement.validate(Self.json()).value)
        let before = agreement
        let problems = agreement.record(
            AgreementStatusChange(status: .active, on: PolicyInputs.date("2019-01-01"), reason: "revived"))
        #expect(problems == [.inconsistent("status_history[3]", "")])
        #expect(agreement == before)
    }

    @Test func aSuspensionIsRecordedAndTakesEffectThatDay() throws {
        var agreement = try #require(
            Agreement.validate(
                Self.json {
                    $0["status_history"] = .array([
                        .object(["status": .string("active"), "on": .string("2017-01-01"), "reason": .string("signed")])
                    ])
                }
            ).value)
        #expect(
            agreement.record(
                AgreementStatusChange(status: .suspended, on: PolicyInputs.date("2018-05-09"), reason: "paused")
            ).isEmpty)
        #expect(agreement.status(on: PolicyInputs.date("2018-05-09")) == .suspended)
    }

    @Test func codableRoundTrips() throws {
        let agreement = try #require(Agreement.validate(Self.json()).value)
        let data = try JSONEncoder().encode(agreement)
        #expect(try JSONDecoder().decode(Agreement.self, from: data) == agreement)
    }

    @Test func agenciesAndOfficersValidate() throws {
        let agency = Agency.validate(.object(["id": .string("nca"), "name": .string("NCA"), "kind": .string("nca")]))
        #expect(agency.problems.map(\.field) == ["kind"])
        #expect(agency.problems.first?.message.contains("national-crime-agency") == true)
        let officer = Officer.validate(
            .object(["id": .string("o-1"), "agency": .string("nca"), "name": .string("A"), "senior": .bool(true)]))
        #expect(officer.value?.isSenior == true)
        let bad = Officer.validate(.object(["id": .string(""), "agency": .string("nca")]))
        #expect(Set(bad.problems) == [.missing("id", ""), .missing("name", "")])
        #expect(throws: ValidationProblem.self) { try AgencyID(String(repeating: "a", count: 65)) }
    }
}
