import ConfidantCore
import ConfidantStore
import ConfidantTesting
import Foundation
import HTTPTypes
import Testing

/// Bad requests get a 4xx problem+json naming the field and the rule broken, and
/// nothing is stored: no request row, no event, no log entry.
@Suite struct DisclosureBadInputTests {
    /// A police request with one change applied to its JSON.
    static func request(_ change: (inout [String: JSONValue]) -> Void) -> JSONValue {
        guard case .object(var fields) = GatewayFixture.policeRequest(for: GatewayFixture.patients[2]) else {
            preconditionFailure("the fixture's request is an object")
        }
        change(&fields)
        return .object(fields)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let body: JSONValue
        let field: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no legal basis", body: request { $0["legal_basis"] = nil }, field: "legal_basis"),
        Case(
            name: "unknown agreement", body: request { $0["agreement"] = .string("no-such-agreement") },
            field: "agreement"),
        Case(
            name: "a field category that does not exist",
            body: request { $0["requested_fields"] = .array([.string("identity"), .string("shoe-size")]) },
            field: "requested_fields[1]"),
        Case(
            name: "an offence with a negative sentence",
            body: request {
                $0["offence"] = .object(["category": .string("theft"), "max_sentence_months": .number(-6)])
            }, field: "offence.max_sentence_months"),
        Case(
            name: "an invalid NHS number",
            body: request {
                $0["subject"] = .object([
                    "nhs_number": .string("9434765918"), "birth_date": .string("1980-01-01"),
                ])
            }, field: "subject.nhs_number"),
        Case(
            name: "clinical information", body: request { $0["requested_fields"] = .array([.string("clinical")]) },
            field: "requested_fields"),
        Case(
            name: "a subject too thin to trace",
            body: request { $0["subject"] = .object(["nhs_number": .string("9434765919")]) }, field: "subject"),
        Case(
            name: "another agency's agreement", body: request { $0["agreement"] = .string("home-office-2017") },
            field: "agreement"),
        Case(
            name: "a countersignatory who is not senior",
            body: request { $0["countersignatory"] = .string("pc-ayres") },
            field: "countersignatory"),
        Case(
            name: "an unknown key", body: request { $0["favourite_colour"] = .string("red") }, field: "favourite_colour"
        ),
    ]

    @Test(arguments: cases)
    func isRefusedNamingTheFieldAndStoresNothing(_ badCase: Case) async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            let answer = try await api.call(.post, "/v1/requests", key: fixture.keys.police, json: badCase.body)
            #expect(answer.status == .unprocessableContent)
            #expect(answer.contentType == "application/problem+json")
            #expect(answer.problemFields.contains(badCase.field), "\(answer.json)")
            try await Self.expectNothingStored(fixture)
        }
    }

    @Test func malformedJSONIsABadRequest() async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            let answer = try await api.call(.post, "/v1/requests", key: fixture.keys.police, raw: #"{"agreement": "#)
            #expect(answer.status == .badRequest)
            #expect(answer.string("detail") == "the body is not valid JSON")
            let notAnObject = try await api.call(.post, "/v1/requests", key: fixture.keys.police, raw: "[1, 2]")
            #expect(notAnObject.status == .unprocessableContent)
            try await Self.expectNothingStored(fixture)
        }
    }

    @Test func anOversizedBodyIsRefusedUnread() async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            let padding = String(repeating: "x", count: 70_000)
            let answer = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police, raw: #"{"case_reference": "\#(padding)"}"#)
            #expect(answer.status == .contentTooLarge)
            #expect(answer.contentType == "application/problem+json")
            try await Self.expectNothingStored(fixture)
        }
    }

    @Test func badListQueriesAndReviewsNameTheirField() async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            let list = try await api.call(.get, "/v1/requests?status=pending&limit=0", key: fixture.keys.police)
            #expect(list.status == .unprocessableContent)
            #expect(Set(list.problemFields) == ["status", "limit"])
            let submitted = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police,
                json: GatewayFixture.policeRequest(for: GatewayFixture.patients[4]))
            let id = try #require(submitted.string("id"))
            let review = try await api.call(
                .post, "/v1/requests/\(id)/review", key: fixture.keys.reviewer,
                json: .object(["seriousness": .string("grave"), "recommendation": .string("release")]))
            #expect(review.status == .unprocessableContent)
            #expect(review.problemFields.contains("necessary"))
            #expect(review.problemFields.contains("fields"))
            // A review asking for more than the policy allows is a lifecycle conflict.
            let wider = try await api.call(
                .post, "/v1/requests/\(id)/review", key: fixture.keys.reviewer,
                json: GatewayFixture.releaseTest([("identity", "full"), ("contact", "full")]))
            #expect(wider.status == .conflict)
            #expect(wider.string("code") == "fields-not-allowed")
        }
    }

    static func expectNothingStored(_ fixture: GatewayFixture) async throws {
        #expect(try await fixture.store.requests(RequestFilter()).isEmpty)
        #expect(try await fixture.store.latestCheckpoint() == nil)
    }
}
