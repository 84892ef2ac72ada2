import Foundation
import Testing

@testable import ConfidantCore

@Suite struct RequestStateTests {
    enum Fixture {
        static let date = CalendarDate(daysSinceEpoch: 17_660)  // 2018-05-09
    }

    static let patient = NHSNumber.completing(prefix: 943_476_591)
    static let matched = TraceRecord(
        outcome: .uniqueMatch, matched: patient,
        candidates: patient.map { [.init(nhsNumber: $0, probability: 0.999)] } ?? [])
    static let allowed = [FieldRelease(.identity), FieldRelease(.location, at: .district)]
    static let policy = PolicyReference(
        id: "nhs-disclosure", version: 2, effective: Fixture.date, contentHash: String(repeating: "ab", count: 32))
    static let queued = PolicyDecision(
        outcome: .queuedForReview, fields: ReleasableFields(allowed), policy: policy,
        firedRules: [FiredRule(name: "serious-crime", kind: .allow, reason: "murder")])

    static func review(_ recommendation: PublicInterestTest.Recommendation) -> PublicInterestTest {
        PublicInterestTest(
            seriousness: .grave, necessary: true, proportionate: true, harmToPatient: .low, harmToTrust: .low,
            lessDataWouldDo: false, aim: .detection, notes: "Murder inquiry; other means exhausted.",
            recommendation: recommendation)
    }

    /// Builds events with consecutive sequence numbers.
    static func events(_ steps: [(RequestActor, RequestEvent.Body)]) -> [RequestEvent] {
        steps.enumerated().map { index, step in
            RequestEvent(
                sequence: index, recordedAt: Date(timeIntervalSince1970: Double(index)), actor: step.0, body: step.1)
        }
    }

    static let toReview: [(RequestActor, RequestEvent.Body)] = [
        (.officer("o1"), .received), (.system, .traced(matched)), (.system, .decided(queued)),
    ]

    @Test func aReleaseNeedsAReviewerAndADifferentApprover() throws {
        let state = try RequestState.folding(
            Self.events(
                Self.toReview + [
                    (.staff("r1"), .reviewed(Self.review(.release([FieldRelease(.identity)])))),
                    (.staff("a1"), .approved),
                    (.system, .released(fields: [FieldRelease(.identity)])),
                ]), embargoed: false)
        #expect(state.status == .released)
        #expect(state.reviewer == "r1")
        #expect(state.approver == "a1")
        #expect(state.releasedFields == [FieldRelease(.identity)])
        #expect(state.eventCount == 6)
    }

    @Test func theReviewerCannotApproveTheirOwnRecommendation() throws {
        let events = Self.events(
            Self.toReview + [
                (.staff("r1"), .reviewed(Self.review(.release(Self.allowed)))), (.staff("r1"), .approved),
            ])
        #expect(throws: LifecycleViolation(.sameReviewerAndApprover, "")) {
            try RequestState.folding(events, embargoed: false)
        }
    }

    @Test func anOfficerCannotReviewApproveOrRefuse() throws {
        for body: RequestEvent.Body in [.reviewed(Self.review(.release(Self.allowed))), .refused(reason: "no")] {
            #expect(throws: LifecycleViolation(.notStaff, "")) {
                try RequestState.folding(Self.events(Self.toReview + [(.officer("o1"), body)]), embargoed: false)
            }
        }
    }

    @Test func aReviewerMayNarrowButNeverWidenThePolicysFields() throws {
        let narrowed = try RequestState.folding(
            Self.events(Self.toReview + [(.staff("r1"), .reviewed(Self.review(.release([Self.allowed[1]]))))]),
            embargoed: false)
        #expect(narrowed.status == .awaitingApproval)
        let coarser = try RequestState.folding(
            Self.events(
                Self.toReview + [(.staff("r1"), .reviewed(Self.review(.release([FieldRelease(.location, at: .area)]))))]
            ),
            embargoed: false)
        #expect(coarser.status == .awaitingApproval)
        for wider in [FieldRelease(.contact), FieldRelease(.location), FieldRelease(.location, at: .sector)] {
            #expect(throws: LifecycleViolation(.fieldsNotAllowed, "")) {
                try RequestState.folding(
                    Self.events(Self.toReview + [(.staff("r1"), .reviewed(Self.review(.release([wider]))))]),
                    embargoed: false)
            }
        }
    }

    @Test func theReleaseMustBeExactlyWhatWasApproved() throws {
        #expect(throws: LifecycleViolation(.fieldsNotAllowed, "")) {
            try RequestState.folding(
                Self.events(
                    Self.toReview + [
                        (.staff("r1"), .reviewed(Self.review(.release([Self.allowed[0]])))), (.staff("a1"), .approved),
                        (.system, .released(fields: Self.allowed)),
                    ]), embargoed: false)
        }
    }

    @Test func anIncompletePublicInterestTestIsNotRecorded() throws {
        var test = Self.review(.release(Self.allowed))
        test.lessDataWouldDo = true
        test.notes = " "
        #expect(test.problems.count == 2)
        #expect(throws: LifecycleViolation(.invalidReview, "")) {
            try RequestState.folding(Self.events(Self.toReview + [(.staff("r1"), .reviewed(test))]), embargoed: false)
        }
    }

    @Test func nothingIsQueuedForReleaseWithoutAUniqueMatch() throws {
        let ambiguous = TraceRecord(outcome: .ambiguous, matched: nil, candidates: [])
        #expect(throws: LifecycleViolation(.fieldsNotAllowed, "")) {
            try RequestState.folding(
                Self.events([
                    (.officer("o1"), .received), (.system, .traced(ambiguous)), (.system, .decided(Self.queued)),
                ]),
                embargoed: false)
        }
    }

    @Test func aHeldRequestIsDecidedAgainWhenReleasedFromHold() throws {
        let state = try RequestState.folding(
            Self.events(
                Self.toReview + [(.system, .held(reason: "agreement suspended")), (.system, .decided(Self.queued))]),
            embargoed: false)
        #expect(state.status == .awaitingReview)
        #expect(throws: LifecycleViolation(.outOfOrder, "")) {
            try state.applying(RequestEvent(sequence: 5, recordedAt: Date(), actor: .staff("a1"), body: .approved))
        }
    }

    @Test func aSettledRequestCannotBeHeldAndEventsMustBeConsecutive() throws {
        let refused = PolicyDecision(
            outcome: .refused, fields: .none, policy: Self.policy,
            firedRules: [FiredRule(name: "immigration-only", kind: .refuse, reason: "not serious crime")])
        let state = try RequestState.folding(
            Self.events([(.officer("o1"), .received), (.system, .traced(Self.matched)), (.system, .decided(refused))]),
            embargoed: true)
        #expect(state.status == .refused)
        #expect(state.refusalReason == "not serious crime")
        #expect(throws: LifecycleViolation(.outOfOrder, "")) {
            try state.applying(RequestEvent(sequence: 3, recordedAt: Date(), actor: .system, body: .held(reason: "x")))
        }
        #expect(throws: LifecycleViolation(.outOfOrder, "")) {
            try state.applying(RequestEvent(sequence: 7, recordedAt: Date(), actor: .system, body: .embargoLifted))
        }
        let lifted = try state.applying(
            RequestEvent(sequence: 3, recordedAt: Date(), actor: .system, body: .embargoLifted))
        #expect(!lifted.isEmbargoed)
        #expect(throws: LifecycleViolation(.noEmbargo, "")) {
            try lifted.applying(RequestEvent(sequence: 4, recordedAt: Date(), actor: .system, body: .embargoLifted))
        }
    }
}
