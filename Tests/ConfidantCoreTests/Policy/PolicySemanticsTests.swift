import ConfidantCore
import Testing

/// The engine's rules: default deny, refuse beats allow, forbid beats allow, the
/// gateway's built-in rules that no policy can change, coarsening.
@Suite struct PolicySemanticsTests {
    let police = PolicyInputs()
    let allowTracing = """
        allow "tracing" fields [identity, demographics, location, registration] when agency.kind == police
          because "tracing"

        """

    @Test func nothingIsReleasedUnlessARuleAllowsIt() throws {
        let policy = try PolicyFixtures.policy(
            "allow \"courts\" fields [identity] when agency.kind == court because \"c\"")
        let decision = policy.decide(police.input)
        #expect(decision.outcome == .refused)
        #expect(decision.fields.isEmpty)
        #expect(decision.firedRules.map(\.name) == ["built-in:default-deny"])
        #expect(decision.decisiveRule?.name == "built-in:default-deny")
    }

    @Test func anAllowRuleQueuesTheAllowedFieldsForReview() throws {
        let decision = try PolicyFixtures.policy(allowTracing).decide(police.input)
        #expect(decision.outcome == .queuedForReview)
        #expect(decision.fields.categories == [.identity, .demographics, .location, .registration])
        #expect(decision.firedRules.map(\.name) == ["tracing"])
        #expect(decision.firedRules.first?.reason == "tracing")
        #expect(decision.firedRules.first?.line == 2)
        #expect(decision.whyNot == nil)
    }

    @Test func onlyRequestedFieldsAreReleased() throws {
        let decision = try PolicyFixtures.policy(allowTracing).decide(police.with { $0.fields = [.identity] }.input)
        #expect(decision.fields.categories == [.identity])
    }

    @Test func aRefuseRuleBeatsEveryAllowRule() throws {
        let policy = try PolicyFixtures.policy(allowTracing + "refuse \"no\" when agency.kind == police because \"no\"")
        let decision = policy.decide(police.input)
        #expect(decision.outcome == .refused)
        #expect(decision.fields.isEmpty)
        #expect(decision.firedRules.map(\.name) == ["no"])
        #expect(decision.whyNot?.rule == "tracing")
        #expect(decision.whyNot?.failedConditions.isEmpty == true)
        #expect(decision.whyNot?.blockedBy == ["no"])
    }

    @Test func everyRefuseRuleThatFiresIsRecorded() throws {
        let policy = try PolicyFixtures.policy(
            "refuse \"one\" because \"1\"\nrefuse \"two\" when patient.deceased because \"2\"\nrefuse \"three\" because \"3\""
        )
        #expect(policy.decide(police.input).firedRules.map(\.name) == ["one", "three"])
    }

    @Test func refuseBeatsHoldAndHoldBeatsAllow() throws {
        let hold = allowTracing + "hold \"wait\" when agency.kind == police because \"wait\""
        #expect(try PolicyFixtures.policy(hold).decide(police.input).outcome == .held)
        let both = hold + "\nrefuse \"no\" when agency.kind == police because \"no\""
        let decision = try PolicyFixtures.policy(both).decide(police.input)
        #expect(decision.outcome == .refused)
        #expect(decision.firedRules.map(\.name) == ["no"])
    }

    @Test func forbidBeatsAllowWhicheverComesFirst() throws {
        let forbid = "forbid \"no-address\" fields [location] when agency.kind == police because \"f\"\n"
        for source in [forbid + allowTracing, allowTracing + forbid] {
            let decision = try PolicyFixtures.policy(source).decide(police.input)
            #expect(decision.outcome == .queuedForReview)
            #expect(decision.fields.categories == [.identity, .demographics, .registration])
            #expect(decision.fired("no-address"))
        }
    }

    @Test func forbiddingEverythingAllowedIsADefaultDenyWithTheForbidAsBlocker() throws {
        let source =
            allowTracing + "forbid \"none\" fields [identity, demographics, location, registration] because \"f\""
        let decision = try PolicyFixtures.policy(source).decide(police.input)
        #expect(decision.outcome == .refused)
        #expect(decision.whyNot?.rule == "tracing")
        #expect(decision.whyNot?.blockedBy == ["none", "built-in:default-deny"])
    }

    @Test func clinicalIsNeverReleasedEvenWhenAPolicyAndAgreementAllowIt() throws {
        let policy = try PolicyFixtures.policy("allow \"everything\" fields [identity, clinical] because \"all\"")
        let input = police.with {
            $0.fields = [.identity, .clinical]
            $0.permitted = Set(FieldCategory.allCases)
        }
        let decision = policy.decide(input.input)
        #expect(decision.outcome == .queuedForReview)
        #expect(decision.fields.categories == [.identity])
        #expect(!decision.fields.contains(.clinical))
        #expect(decision.fired("built-in:clinical-never-released"))
        let onlyClinical = policy.decide(input.with { $0.fields = [.clinical] }.input)
        #expect(onlyClinical.outcome == .refused)
        #expect(onlyClinical.fields.isEmpty)
    }

    @Test(arguments: [SecurityLabel.restricted])
    func restrictedPatientsNeverGetLocationContactOrGP(_ label: SecurityLabel) throws {
        let policy = try PolicyFixtures.policy(
            "allow \"all\" fields [identity, demographics, location, contact, registration] because \"a\"")
        let input = police.with {
            $0.fields = [.identity, .demographics, .location, .contact, .registration]
            $0.patient = PatientFlags(securityLabel: label)
        }
        let decision = policy.decide(input.input)
        #expect(decision.outcome == .queuedForReview)
        #expect(decision.fields.categories == [.identity, .demographics])
        #expect(decision.fired("built-in:restricted-patient"))
        let addressOnly = policy.decide(input.with { $0.fields = [.location, .contact, .registration] }.input)
        #expect(addressOnly.outcome == .refused)
    }

    @Test func aRedactedRecordIsNeverDisclosed() throws {
        let decision = try PolicyFixtures.policy(allowTracing).decide(
            police.with { $0.patient = PatientFlags(securityLabel: .redacted) }.input)
        #expect(decision.outcome == .refused)
        #expect(decision.firedRules.map(\.name) == ["built-in:redacted-record"])
    }

    @Test(arguments: [
        (TraceSummary(outcome: .ambiguous, score: 0.8, candidates: 3), DecisionOutcome.ambiguousTrace),
        (TraceSummary.noMatch, .notTraced),
    ])
    func aTraceThatIsNotUniqueReleasesNothing(_ trace: TraceSummary, _ outcome: DecisionOutcome) throws {
        let decision = try PolicyFixtures.policy(allowTracing).decide(police.with { $0.trace = trace }.input)
        #expect(decision.outcome == outcome)
        #expect(decision.fields.isEmpty)
        #expect(decision.fired("tracing"))
        #expect(decision.fired("built-in:unique-trace-required"))
    }

    @Test func coarseningReleasesTheCoarsestLevelAnyRuleAsksFor() throws {
        let policy = try PolicyFixtures.policy(
            allowTracing + """
                coarsen "sector" location to sector because "s"
                coarsen "district" location to district when agency.kind == police because "d"
                coarsen "year" demographics to birth-year because "y"
                coarsen "practice" registration to practice when patient.deceased because "p"
                """)
        let decision = policy.decide(police.input)
        #expect(decision.fields.coarsening(of: .location) == .district)
        #expect(decision.fields.coarsening(of: .demographics) == .birthYear)
        #expect(decision.fields.coarsening(of: .registration) == .full)
        #expect(decision.fields.coarsening(of: .identity) == .full)
        #expect(decision.fields.coarsening(of: .contact) == nil)
        #expect(
            decision.fields.description == "[identity, demographics to birth-year, location to district, registration]")
        #expect(!decision.fired("practice"))
    }

    @Test func coarseningNeverAddsAField() throws {
        let policy = try PolicyFixtures.policy(
            "allow \"id\" fields [identity] because \"i\"\ncoarsen \"c\" location to area because \"c\"")
        let decision = policy.decide(police.input)
        #expect(decision.fields.categories == [.identity])
        #expect(decision.fields.coarsening(of: .location) == nil)
    }

    @Test func fieldsOutsideTheAgreementAreNeverReleased() throws {
        let decision = try PolicyFixtures.policy(allowTracing).decide(
            police.with { $0.permitted = [.identity, .demographics] }.input)
        #expect(decision.fields.categories == [.identity, .demographics])
        #expect(decision.fired("built-in:outside-agreement"))
    }

    @Test func theDecisionRecordsThePolicyVersionAndTheHashGivenAtLoad() throws {
        let text = "policy \"recorded\" version 7 effective 2019-03-04\n" + allowTracing
        let hash = PolicyFixtures.sha256(Array(text.utf8))
        let decision = try Policy(source: text, file: "x.policy", contentHash: hash.uppercased()).decide(police.input)
        #expect(
            decision.policy
                == PolicyReference(
                    id: "recorded", version: 7, effective: PolicyInputs.date("2019-03-04"), contentHash: hash))
    }
}
