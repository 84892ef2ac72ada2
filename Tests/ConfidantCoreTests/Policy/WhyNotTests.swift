import ConfidantCore
import Testing

/// For a refusal, the nearest allow rule and which of its conditions failed.
@Suite struct WhyNotTests {
    let source = """
        allow "serious-crime" fields [identity, location]
          when agency.kind == police
           and offence.max_sentence_months >= 12
           and request.other_means_tried
          because "Serious crime."
        allow "murder" fields [identity] when agency.kind == police and offence.category == murder because "Murder."
        allow "contact-only" fields [contact] when agency.kind == court because "Courts."
        """

    let theft = PolicyInputs().with {
        $0.offence = Offence(category: .theft, maxSentenceMonths: 6)
        $0.fields = [.identity, .location]
    }

    @Test func namesTheNearestAllowRuleAndItsFailedConditionsWithTheActualValues() throws {
        let decision = try PolicyFixtures.policy(source).decide(theft.input)
        #expect(decision.outcome == .refused)
        let whyNot = try #require(decision.whyNot)
        #expect(whyNot.rule == "serious-crime")
        #expect(whyNot.reason == "Serious crime.")
        #expect(whyNot.line == 2)
        #expect(
            whyNot.failedConditions == [
                FailedCondition(
                    text: "offence.max_sentence_months >= 12", line: 4, column: 8,
                    readings: [AttributeReading(attribute: "offence.max_sentence_months", value: "6")])
            ])
        #expect(whyNot.blockedBy == ["built-in:default-deny"])
        #expect(
            whyNot.summary
                == "'serious-crime' would have allowed it if: offence.max_sentence_months >= 12 (offence.max_sentence_months is 6)"
        )
    }

    @Test func prefersTheRuleWithFewestFailuresOverTheFirstWritten() throws {
        let input = theft.with { $0.otherMeans = [] }
        let whyNot = try #require(try PolicyFixtures.policy(source).decide(input.input).whyNot)
        #expect(whyNot.rule == "murder")
        #expect(whyNot.failedConditions.map(\.text) == ["offence.category == murder"])
        #expect(
            whyNot.failedConditions.first?.readings == [AttributeReading(attribute: "offence.category", value: "theft")]
        )
    }

    @Test func prefersRulesThatAllowSomethingTheRequestAskedFor() throws {
        let whyNot = try #require(
            try PolicyFixtures.policy(source).decide(theft.with { $0.kind = .coroner }.input).whyNot)
        #expect(whyNot.rule == "serious-crime")
        #expect(whyNot.failedConditions.map(\.text) == ["agency.kind == police", "offence.max_sentence_months >= 12"])
        #expect(whyNot.failedConditions.first?.readings.first?.value == "coroner")
    }

    @Test func aRefusalOverAMatchingAllowRuleSaysWhatBlockedIt() throws {
        let policy = try PolicyFixtures.policy(
            source + "\nrefuse \"no-theft\" when offence.category == theft because \"t\"")
        let whyNot = try #require(
            policy.decide(theft.with { $0.offence = Offence(category: .theft, maxSentenceMonths: 84) }.input).whyNot)
        #expect(whyNot.rule == "serious-crime")
        #expect(whyNot.failedConditions.isEmpty)
        #expect(whyNot.blockedBy == ["no-theft"])
        #expect(whyNot.summary == "'serious-crime' would have allowed it, but 'no-theft' stopped it.")
    }

    @Test func aPolicyWithoutAllowRulesHasNoWhyNot() throws {
        let decision = try PolicyFixtures.policy("refuse \"all\" because \"no\"").decide(theft.input)
        #expect(decision.outcome == .refused)
        #expect(decision.whyNot == nil)
    }

    @Test func decisionsThatAreNotRefusalsHaveNoWhyNot() throws {
        let policy = try PolicyFixtures.policy(source)
        #expect(policy.decide(PolicyInputs().input).whyNot == nil)
    }

    @Test func theShippedCriteriaExplainAnOverstayersRefusal() throws {
        let criteria = try #require(try PolicyFixtures.shippedHistory().version(2))
        let overstayer = PolicyInputs().with {
            $0.kind = .immigrationEnforcement
            $0.purpose = .immigrationEnforcement
            $0.legalBasis = .immigrationControl
            $0.offence = Offence(category: .immigration, description: "overstaying")
        }
        let decision = criteria.decide(overstayer.input)
        #expect(decision.decisiveRule?.name == "home-office-serious-grounds-only")
        let whyNot = try #require(decision.whyNot)
        #expect(whyNot.rule.hasPrefix("home-office-"))
        #expect(whyNot.blockedBy == ["home-office-serious-grounds-only"])
        #expect(whyNot.failedConditions.count == 1)
        #expect(
            whyNot.failedConditions.first?.readings.first
                == AttributeReading(attribute: "offence.category", value: "immigration"))
    }
}
