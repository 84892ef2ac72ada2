import ConfidantCore
import ConfidantStore
import ConfidantTesting
import Foundation
import HTTPTypes
import Testing

/// Who may see and do what: agencies see only their own requests; keys are checked,
/// revoked keys refused; staff roles limit what staff do.
@Suite struct DisclosureAccessTests {
    @Test(arguments: StoreKind.available)
    func anAgencyNeverSeesAnotherAgencysRequests(_ kind: StoreKind) async throws {
        try await withDisclosureAPI(kind) { api, fixture in
            let submitted = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police,
                json: GatewayFixture.policeRequest(for: GatewayFixture.patients[21]))
            let id = try #require(submitted.string("id"))
            _ = try await api.call(
                .post, "/v1/requests/\(id)/review", key: fixture.keys.reviewer, json: GatewayFixture.releaseTest())
            _ = try await api.call(.post, "/v1/requests/\(id)/approve", key: fixture.keys.approver)

            // The Home Office: not in its list, not readable, no disclosure; told only "not found".
            let list = try await api.call(.get, "/v1/requests", key: fixture.keys.homeOffice)
            #expect(list.status == .ok)
            #expect((list.json["requests"] as? [Any])?.isEmpty == true)
            for path in ["/v1/requests/\(id)", "/v1/requests/\(id)/disclosure"] {
                let answer = try await api.call(.get, path, key: fixture.keys.homeOffice)
                #expect(answer.status == .notFound, "\(path)")
                #expect(answer.string("detail") == "there is no request \(id)")
            }
            let unknown = try await api.call(
                .get, "/v1/requests/req-000000000000-00000000", key: fixture.keys.homeOffice)
            #expect(unknown.string("detail") == "there is no request req-000000000000-00000000")
            // Another officer of the same agency sees it; staff see everything.
            let colleague = try await api.call(.get, "/v1/requests", key: fixture.keys.policeSenior)
            #expect((colleague.json["requests"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [id])
            let staff = try await api.call(.get, "/v1/requests/\(id)", key: fixture.keys.reviewer)
            #expect((staff.json["trace"] as? [String: Any])?["candidates"] != nil)
            // An agency cannot act as staff.
            let selfApproval = try await api.call(.post, "/v1/requests/\(id)/approve", key: fixture.keys.police)
            #expect(selfApproval.status == .forbidden)
            let queue = try await api.call(.get, "/v1/review-queue", key: fixture.keys.homeOffice)
            #expect(queue.status == .forbidden)
        }
    }

    @Test func missingMalformedUnknownAndRevokedKeysAreRefused() async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            for key in [nil, "not-a-key", "cfd_0000000000000000_" + String(repeating: "0", count: 64)] {
                let answer = try await api.call(.get, "/v1/requests", key: key)
                #expect(answer.status == .unauthorized)
                #expect(answer.contentType == "application/problem+json")
            }
            let before = try await api.call(.get, "/v1/requests", key: fixture.keys.police)
            #expect(before.status == .ok)
            let policeKeyID = String(fixture.keys.police.split(separator: "_")[1])
            #expect(try await fixture.store.revokeCredential(policeKeyID, at: "2026-11-22T10:00:00Z"))
            let after = try await api.call(.get, "/v1/requests", key: fixture.keys.police)
            #expect(after.status == .unauthorized)
            // Nothing of the key appears in the answer.
            #expect(!(after.string("detail") ?? "").contains(policeKeyID))
        }
    }

    @Test func staffMaySubmitNothingAndOnlyAnAdministratorChangesAgreements() async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            let submitted = try await api.call(
                .post, "/v1/requests", key: fixture.keys.reviewer,
                json: GatewayFixture.policeRequest(for: GatewayFixture.patients[1]))
            #expect(submitted.status == .forbidden)
            let suspended = try await api.call(
                .post, "/v1/agreements/met-police-2017/suspend", key: fixture.keys.reviewer,
                json: .object(["reason": .string("review")]))
            #expect(suspended.status == .forbidden)
            let byAgency = try await api.call(
                .post, "/v1/agreements/met-police-2017/suspend", key: fixture.keys.police,
                json: .object(["reason": .string("review")]))
            #expect(byAgency.status == .forbidden)
            #expect(try await fixture.store.agreement(try AgreementID("met-police-2017"))?.statusHistory.count == 1)
        }
    }
}
