import ConfidantCore
import Testing

/// A suspended agreement holds requests, whatever the policy says; a withdrawn one,
/// or one not in force, refuses them; an agreement of another agency or one that
/// does not cover the request refuses it.
@Suite struct AgreementStatusDecisionTests {
    let policy: Policy
    let suspendedFrom = PolicyInputs.date("2020-06-10")

    init() throws {
        policy = try PolicyFixtures.policy(
            "allow \"all\" fields [identity] because \"a\"\nrefuse \"never\" when agency.kind == police because \"n\"")
    }

    func input(decidedOn day: String, _ statuses: [AgreementStatusChange]) -> PolicyInput {
        PolicyInputs().with {
            $0.kind = .court
            $0.statusHistory = statuses
            $0.decided = PolicyInputs.date(day)
        }.input
    }

    var history: [AgreementStatusChange] {
        [
            AgreementStatusChange(status: .active, on: PolicyInputs.date("2019-01-01"), reason: "signed"),
            AgreementStatusChange(status: .suspended, on: suspendedFrom, reason: "Caldicott Guardian's suspension"),
            AgreementStatusChange(status: .active, on: PolicyInputs.date("2020-07-01"), reason: "resumed"),
        ]
    }

    @Test func aSuspensionTakesEffectOnItsDayAndHoldsTheRequest() {
        #expect(policy.decide(input(decidedOn: "2020-06-09", history)).outcome == .queuedForReview)
        let held = policy.decide(input(decidedOn: "2020-06-10", history))
        #expect(held.outcome == .held)
        #expect(held.fields.isEmpty)
        #expect(held.firedRules.map(\.name) == ["built-in:agreement-suspended"])
        #expect(policy.decide(input(decidedOn: "2020-07-01", history)).outcome == .queuedForReview)
    }

    @Test func aSuspendedAgreementHoldsEvenARequestThePolicyWouldRefuse() {
        let refused = PolicyInputs().with {
            $0.statusHistory = history
            $0.decided = PolicyInputs.date("2020-06-20")
        }
        let decision = policy.decide(refused.input)
        #expect(decision.outcome == .held)
        #expect(!decision.fired("never"))
    }

    @Test func aWithdrawnAgreementRefuses() {
        let withdrawn =
            history + [
                AgreementStatusChange(status: .withdrawn, on: PolicyInputs.date("2020-08-01"), reason: "withdrawn")
            ]
        let decision = policy.decide(input(decidedOn: "2020-08-01", withdrawn))
        #expect(decision.outcome == .refused)
        #expect(decision.firedRules.map(\.name) == ["built-in:agreement-withdrawn"])
        #expect(decision.whyNot?.blockedBy == ["built-in:agreement-withdrawn"])
    }

    @Test func anAgreementNotYetInForceRefuses() {
        let decision = policy.decide(input(decidedOn: "2018-12-31", history))
        #expect(decision.firedRules.map(\.name) == ["built-in:agreement-not-in-force"])
    }

    @Test func anotherAgencysAgreementRefuses() {
        let decision = policy.decide(
            PolicyInputs().with {
                $0.kind = .court
                $0.agreementAgency = "agency-2"
            }.input)
        #expect(decision.firedRules.map(\.name) == ["built-in:agreement-mismatch"])
    }

    @Test func aPurposeOrLegalBasisTheAgreementDoesNotCoverRefuses() {
        let purpose = policy.decide(
            PolicyInputs().with {
                $0.kind = .court
                $0.agreementPurposes = [.inquest]
            }.input)
        #expect(purpose.firedRules.map(\.name) == ["built-in:purpose-not-in-agreement"])
        let basis = policy.decide(
            PolicyInputs().with {
                $0.kind = .court
                $0.agreementBases = [.courtOrder]
            }.input)
        #expect(basis.firedRules.map(\.name) == ["built-in:legal-basis-not-in-agreement"])
    }
}
