import Foundation
import PropertyBased
import Testing

@testable import ConfidantCore

/// Invariants that hold whatever events arrive, in whatever order, from whoever.
@Suite struct RequestStatePropertyTests {
    /// Candidate steps: every kind of event, from officers, two staff members and the system.
    static let steps: [(RequestActor, RequestEvent.Body)] = {
        let actors: [RequestActor] = [.officer("o1"), .staff("s1"), .staff("s2"), .system]
        let bodies: [RequestEvent.Body] = [
            .received, .traced(RequestStateTests.matched), .decided(RequestStateTests.queued),
            .held(reason: "agreement suspended"),
            .reviewed(RequestStateTests.review(.release(RequestStateTests.allowed))),
            .reviewed(RequestStateTests.review(.release([FieldRelease(.identity)]))),
            .reviewed(RequestStateTests.review(.refuse(reason: "not proportionate"))), .approved,
            .released(fields: RequestStateTests.allowed), .released(fields: [FieldRelease(.identity)]),
            .refused(reason: "no"), .embargoLifted,
        ]
        return actors.flatMap { actor in bodies.map { (actor, $0) } }
    }()

    @Test func aReleaseAlwaysHadTwoDifferentPeopleAndNoMoreThanThePolicyAllowed() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(Self.steps.count - 1)).array(of: 1...14)) { picks in
            // Apply what is accepted, skip what is refused: the state only ever moves by valid events.
            var state = RequestState(embargoed: true)
            for pick in picks {
                let (actor, body) = Self.steps[pick]
                let event = RequestEvent(
                    sequence: state.eventCount, recordedAt: Date(timeIntervalSince1970: 0), actor: actor, body: body)
                if let next = try? state.applying(event) { state = next }
            }
            if state.status == .released {
                #expect(state.reviewer != nil && state.approver != nil && state.reviewer != state.approver)
                #expect(state.trace?.isUniqueMatch == true)
                let allowed = state.decision?.fields ?? .none
                #expect(state.releasedFields.allSatisfy { allowed.contains($0.category) })
                #expect(!state.releasedFields.contains { $0.category == .clinical })
            }
            if state.status != .received { #expect(state.eventCount > 0) }
        }
    }
}
