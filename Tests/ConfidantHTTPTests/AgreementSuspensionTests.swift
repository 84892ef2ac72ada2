import ConfidantCore
import ConfidantGateway
import ConfidantStore
import ConfidantTesting
import Foundation
import HTTPTypes
import Testing

/// A suspension takes effect at once: undecided requests are held, new ones are held on
/// arrival, and reinstatement decides them again under the policy in force.
@Suite struct AgreementSuspensionTests {
    @Test(arguments: StoreKind.available)
    func suspensionHoldsAndReinstatementDecidesAgain(_ kind: StoreKind) async throws {
        try await withDisclosureAPI(kind) { api, fixture in
            let queued = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police,
                json: GatewayFixture.policeRequest(for: GatewayFixture.patients[30]))
            let queuedID = try #require(queued.string("id"))
            #expect(queued.string("status") == "awaiting-review")

            let suspended = try await api.call(
                .post, "/v1/agreements/met-police-2017/suspend", key: fixture.keys.administrator,
                json: .object(["reason": .string("Audit found requests without countersignature")]))
            #expect(suspended.status == .ok)
            #expect((suspended.json["requests"] as? [String]) == [queuedID])
            #expect(
                try await api.call(.get, "/v1/requests/\(queuedID)", key: fixture.keys.police).string("status")
                    == "held")

            // Held requests cannot be reviewed; new requests are held, never decided under the old terms.
            let review = try await api.call(
                .post, "/v1/requests/\(queuedID)/review", key: fixture.keys.reviewer, json: GatewayFixture.releaseTest()
            )
            #expect(review.status == .conflict)
            let arriving = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police,
                json: GatewayFixture.policeRequest(for: GatewayFixture.patients[31]))
            #expect(arriving.status == .created)
            #expect(arriving.string("status") == "held")
            #expect(arriving.json["decision"] == nil || arriving.json["decision"] is NSNull)
            let arrivingID = try #require(arriving.string("id"))

            let again = try await api.call(
                .post, "/v1/agreements/met-police-2017/suspend", key: fixture.keys.administrator,
                json: .object(["reason": .string("twice")]))
            #expect(again.status == .conflict)

            let reinstated = try await api.call(
                .post, "/v1/agreements/met-police-2017/reinstate", key: fixture.keys.administrator,
                json: .object(["reason": .string("Countersignature checks in place")]))
            #expect(reinstated.status == .ok)
            #expect(Set(reinstated.json["requests"] as? [String] ?? []) == [queuedID, arrivingID])
            for id in [queuedID, arrivingID] {
                let read = try await api.call(.get, "/v1/requests/\(id)", key: fixture.keys.police)
                #expect(read.string("status") == "awaiting-review")
                let kinds = (read.json["events"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
                #expect(kinds.last == "decided")
                #expect(kinds.contains("held"))
            }
            let agreement = try #require(try await fixture.store.agreement(try AgreementID("met-police-2017")))
            #expect(agreement.statusHistory.map(\.status) == [.active, .suspended, .active])
        }
    }

    @Test(arguments: StoreKind.available)
    func aBatchDecidesEachItemOnItsOwn(_ kind: StoreKind) async throws {
        try await withDisclosureAPI(kind) { api, fixture in
            let good = GatewayFixture.policeRequest(for: GatewayFixture.patients[40])
            let bad = DisclosureBadInputTests.request { $0["legal_basis"] = nil }
            let answer = try await api.call(
                .post, "/v1/requests/batch", key: fixture.keys.police, json: .array([good, bad, good]))
            #expect(answer.status == .ok)
            #expect(answer.json["accepted"] as? Int == 2)
            #expect(answer.json["rejected"] as? Int == 1)
            let results = try #require(answer.json["results"] as? [[String: Any]])
            #expect(results.compactMap { $0["status"] as? Int } == [201, 422, 201])
            let problem = try #require(results[1]["problem"] as? [String: Any])
            #expect((problem["errors"] as? [[String: Any]])?.first?["field"] as? String == "legal_basis")
            #expect(try await fixture.store.requests(RequestFilter()).count == 2)

            let patient = GatewayFixture.patients[41]
            let csv = """
                case_reference,agreement,countersignatory,purpose,offence_category,legal_basis,other_means_tried,\
                subject_nhs_number,subject_birth_date,requested_fields
                OP-1,met-police-2017,di-brook,detection-of-crime,murder,crime-and-taxation,dvla,\
                \(patient.nhsNumber),\(patient.birthDate),identity;location
                OP-2,met-police-2017,di-brook,detection-of-crime,murder,,dvla,\(patient.nhsNumber),\
                \(patient.birthDate),identity

                """
            let fromCSV = try await api.call(
                .post, "/v1/requests/batch", key: fixture.keys.police, raw: csv, contentType: "text/csv")
            #expect(fromCSV.status == .ok)
            let rows = try #require(fromCSV.json["results"] as? [[String: Any]])
            #expect(rows.compactMap { $0["status"] as? Int } == [201, 422])
            #expect(rows.compactMap { $0["line"] as? Int } == [2, 3])
            let broken = try await api.call(
                .post, "/v1/requests/batch", key: fixture.keys.police, raw: "case_reference,shoe_size\nx,y\n",
                contentType: "text/csv")
            #expect(broken.status == .unprocessableContent)
            #expect(try await fixture.store.requests(RequestFilter()).count == 3)
        }
    }

    @Test func aSuspensionRacingRefusalsHoldsOrLeavesEachRequestSettledAndNeverFails() async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            var ids: [String] = []
            for index in 60..<80 {
                let submitted = try await api.call(
                    .post, "/v1/requests", key: fixture.keys.police,
                    json: GatewayFixture.policeRequest(for: GatewayFixture.patients[index]))
                ids.append(try #require(submitted.string("id")))
            }
            let principal = try await fixture.gateway.authenticate(fixture.keys.reviewer)
            let administrator = try await fixture.gateway.authenticate(fixture.keys.administrator)
            let agreement = try AgreementID("met-police-2017")
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    _ = try await fixture.gateway.suspend(agreement, reason: "audit", by: administrator)
                }
                for id in ids {
                    group.addTask {
                        // Either the refusal or the hold comes first; the other finds nothing to do.
                        _ = try? await fixture.gateway.refuse(try RequestID(id), reason: "not needed", by: principal)
                    }
                }
                try await group.waitForAll()
            }
            for id in ids {
                let status = try #require(try await fixture.store.request(try RequestID(id))?.status)
                #expect(status == .held || status == .refused, "\(id) is \(status)")
            }
        }
    }

    @Test func nothingIsReviewedOrApprovedUnderASuspendedAgreement() async throws {
        try await withDisclosureAPI(.sqlite) { api, fixture in
            let submitted = try await api.call(
                .post, "/v1/requests", key: fixture.keys.police,
                json: GatewayFixture.policeRequest(for: GatewayFixture.patients[90]))
            let id = try #require(submitted.string("id"))
            // Suspended behind the gateway's back (as another process might): the request escaped any sweep.
            var agreement = try #require(try await fixture.store.agreement(try AgreementID("met-police-2017")))
            _ = agreement.record(
                AgreementStatusChange(status: .suspended, on: CalendarDate.init(daysSinceEpoch: 20_000), reason: "x"))
            try await fixture.store.saveAgreement(agreement)
            let review = try await api.call(
                .post, "/v1/requests/\(id)/review", key: fixture.keys.reviewer, json: GatewayFixture.releaseTest())
            #expect(review.status == .conflict)
            #expect(review.string("detail")?.contains("suspended") == true)
            // A person may still refuse it.
            let refused = try await api.call(
                .post, "/v1/requests/\(id)/refuse", key: fixture.keys.reviewer,
                json: .object(["reason": .string("agreement under audit")]))
            #expect(refused.string("status") == "refused")
        }
    }
}
