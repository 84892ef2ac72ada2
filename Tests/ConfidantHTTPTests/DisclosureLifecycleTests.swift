import ConfidantCore
import ConfidantStore
import ConfidantTesting
import Foundation
import HTTPTypes
import Testing

/// The whole lifecycle through the API, on each store: submit, trace, decide, review,
/// approve by a second person, release, and read the disclosure; every step in the log.
@Suite struct DisclosureLifecycleTests {
    @Test(arguments: StoreKind.available)
    func aReviewedAndApprovedRequestReleasesExactlyTheApprovedFields(_ kind: StoreKind) async throws {
        try await withDisclosureAPI(kind) { api, fixture in
            let patient = GatewayFixture.patients[17]
            let submitted = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police, json: GatewayFixture.policeRequest(for: patient))
            #expect(submitted.status == .created)
            #expect(submitted.string("status") == "awaiting-review")
            let id = try #require(submitted.string("id"))
            // The agency learns the trace's outcome, never the candidates' NHS numbers.
            let trace = try #require(submitted.json["trace"] as? [String: Any])
            #expect(trace["outcome"] as? String == "unique-match")
            #expect(trace["candidates"] == nil)
            let decision = try #require(submitted.json["decision"] as? [String: Any])
            #expect(decision["outcome"] as? String == "queued-for-review")

            let queue = try await api.call(.get, "/v1/review-queue", key: fixture.keys.reviewer)
            #expect((queue.json["requests"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [id])

            // The reviewer narrows location to the postcode district.
            let reviewed = try await api.call(
                .post, "/v1/requests/\(id)/review", key: fixture.keys.reviewer,
                json: GatewayFixture.releaseTest([("identity", "full"), ("location", "district")]))
            #expect(reviewed.status == .ok)
            #expect(reviewed.string("status") == "awaiting-approval")
            #expect(reviewed.string("reviewer") == "rev-amy")

            let notYet = try await api.call(.get, "/v1/requests/\(id)/disclosure", key: fixture.keys.police)
            #expect(notYet.status == .conflict)

            let approved = try await api.call(.post, "/v1/requests/\(id)/approve", key: fixture.keys.approver)
            #expect(approved.status == .ok)
            #expect(approved.string("status") == "released")
            #expect(approved.string("approver") == "app-cat")

            let disclosure = try await api.call(.get, "/v1/requests/\(id)/disclosure", key: fixture.keys.police)
            #expect(disclosure.status == .ok)
            let record = try #require(disclosure.json["record"] as? [String: Any])
            let identity = try #require(record["identity"] as? [String: Any])
            #expect(identity["nhs_number"] as? String == patient.nhsNumber.description)
            let location = try #require(record["location"] as? [String: Any])
            #expect(location["postcode_district"] != nil)
            #expect(location["address_lines"] == nil)
            #expect(location["postcode"] == nil)
            #expect(record["demographics"] == nil)
            #expect(record["registration"] == nil)

            // received, traced, decided, reviewed, approved, released: six events, six leaves.
            let read = try await api.call(.get, "/v1/requests/\(id)", key: fixture.keys.police)
            let events = try #require(read.json["events"] as? [[String: Any]])
            #expect(
                events.compactMap { $0["kind"] as? String } == [
                    "received", "traced", "decided", "reviewed", "approved", "released",
                ])
            #expect(Set(events.compactMap { $0["log_index"] as? Int }).count == 6)
            #expect(try await fixture.store.latestTreeSize() == 6)
        }
    }

    @Test(arguments: StoreKind.available)
    func theReviewerCanNeverApproveTheirOwnReview(_ kind: StoreKind) async throws {
        try await withDisclosureAPI(kind) { api, fixture in
            let submitted = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police,
                json: GatewayFixture.policeRequest(for: GatewayFixture.patients[3]))
            let id = try #require(submitted.string("id"))
            // The administrator may both review and approve, but never the same request.
            let reviewed = try await api.call(
                .post, "/v1/requests/\(id)/review", key: fixture.keys.administrator, json: GatewayFixture.releaseTest())
            #expect(reviewed.status == .ok)
            let approved = try await api.call(.post, "/v1/requests/\(id)/approve", key: fixture.keys.administrator)
            #expect(approved.status == .conflict)
            #expect(approved.string("code") == "same-reviewer-and-approver")
            #expect(approved.contentType == "application/problem+json")
            // A reviewer's role does not approve at all; an approver does.
            let byReviewer = try await api.call(.post, "/v1/requests/\(id)/approve", key: fixture.keys.reviewer)
            #expect(byReviewer.status == .forbidden)
            let byApprover = try await api.call(.post, "/v1/requests/\(id)/approve", key: fixture.keys.approver)
            #expect(byApprover.string("status") == "released")
            // Nothing more can be done to a released request.
            let again = try await api.call(.post, "/v1/requests/\(id)/approve", key: fixture.keys.approver)
            #expect(again.status == .conflict)
        }
    }

    @Test(arguments: StoreKind.available)
    func aRefusalByAPersonIsFinalAndGivesItsReason(_ kind: StoreKind) async throws {
        try await withDisclosureAPI(kind) { api, fixture in
            let submitted = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police,
                json: GatewayFixture.policeRequest(for: GatewayFixture.patients[5]))
            let id = try #require(submitted.string("id"))
            let refused = try await api.call(
                .post, "/v1/requests/\(id)/refuse", key: fixture.keys.reviewer,
                json: .object(["reason": .string("Not proportionate: a lesser means is available.")]))
            #expect(refused.string("status") == "refused")
            let read = try await api.call(.get, "/v1/requests/\(id)", key: fixture.keys.police)
            #expect(read.string("refusal_reason") == "Not proportionate: a lesser means is available.")
            let disclosure = try await api.call(.get, "/v1/requests/\(id)/disclosure", key: fixture.keys.police)
            #expect(disclosure.status == .conflict)
        }
    }

    @Test(arguments: StoreKind.available)
    func aHomeOfficeTracingRequestIsRefusedByTheRuleInForce(_ kind: StoreKind) async throws {
        try await withDisclosureAPI(kind) { api, fixture in
            let patient = GatewayFixture.patients[9]
            let request: JSONValue = .object([
                "case_reference": .string("HO-1"), "agreement": .string("home-office-2017"),
                "purpose": .string("immigration-enforcement"), "legal_basis": .string("crime-and-taxation"),
                "offence": .object(["category": .string("immigration")]),
                "other_means_tried": .array([.string("home-office-records")]),
                "subject": .object([
                    "nhs_number": .string(patient.nhsNumber.description),
                    "family_name": .string(patient.usualName?.family ?? ""),
                ]),
                "requested_fields": .array([.string("location")]),
            ])
            let submitted = try await api.call(.post, "/v1/requests", key: fixture.keys.homeOffice, json: request)
            #expect(submitted.status == .created)
            #expect(submitted.string("status") == "refused")
            let decision = try #require(submitted.json["decision"] as? [String: Any])
            #expect(decision["outcome"] as? String == "refused")
            let rules =
                (decision["firedRules"] as? [[String: Any]] ?? decision["fired_rules"] as? [[String: Any]]) ?? []
            #expect(rules.contains { $0["name"] as? String == "home-office-serious-grounds-only" })
        }
    }

    @Test func anEmbargoIsLiftedOnceByStaffOnly() async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            guard case .object(var fields) = GatewayFixture.policeRequest(for: GatewayFixture.patients[50]) else {
                return
            }
            fields["embargo"] = .object(["until_court_decision": .string("T20267001")])
            let submitted = try await api.call(.post, "/v1/requests", key: fixture.keys.police, json: .object(fields))
            #expect(submitted.json["embargoed"] as? Bool == true)
            let id = try #require(submitted.string("id"))
            let byAgency = try await api.call(.post, "/v1/requests/\(id)/lift-embargo", key: fixture.keys.police)
            #expect(byAgency.status == .forbidden)
            let lifted = try await api.call(.post, "/v1/requests/\(id)/lift-embargo", key: fixture.keys.reviewer)
            #expect(lifted.status == .ok)
            #expect(lifted.json["embargoed"] as? Bool == false)
            #expect((lifted.json["events"] as? [[String: Any]])?.last?["kind"] as? String == "embargo-lifted")
            let again = try await api.call(.post, "/v1/requests/\(id)/lift-embargo", key: fixture.keys.reviewer)
            #expect(again.status == .conflict)
            #expect(again.string("code") == "no-embargo")
            #expect(try await fixture.store.request(try RequestID(id))?.isEmbargoed == false)
        }
    }
}
