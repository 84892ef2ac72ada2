import ConfidantCore
import Testing

/// Every operator and literal of the condition language, checked against one request:
/// police, murder (1200 months), detection of crime, crime and taxation, routine, other
/// means tried, countersigned, fields [identity, demographics, location, registration],
/// received 2020-06-01, decided 2020-06-02, an exact trace (score 1.0).
@Suite struct PolicyConditionTests {
    static let cases: [(String, Bool)] = [
        ("agency.kind == police", true),
        ("agency.kind is police", true),
        ("agency.kind != police", false),
        ("agency.kind is not court", true),
        ("agency.kind in [court, police]", true),
        ("agency.kind not in [court, police]", false),
        ("offence.category == murder", true),
        ("offence.category == none", false),
        ("offence.max_sentence_months >= 12", true),
        ("offence.max_sentence_months < 1200", false),
        ("12 <= offence.max_sentence_months", true),
        ("offence.max_sentence_months in [6, 1200]", true),
        ("trace.score >= 0.95", true),
        ("trace.score > 1", false),
        ("trace.score == 1.0", true),
        ("trace.candidates == 1", true),
        ("request.received_on < 2020-06-02", true),
        ("request.received_on >= 2020-06-02", false),
        ("request.received_on < request.decided_on", true),
        ("request.decided_on == request.received_on", false),
        ("request.other_means_tried", true),
        ("not request.other_means_tried", false),
        ("request.other_means_tried == true", true),
        ("patient.deceased", false),
        ("location in request.fields", true),
        ("contact in request.fields", false),
        ("contact not in request.fields", true),
        ("request.purpose in agreement.purposes", true),
        ("request.legal_basis not in agreement.legal_bases", false),
        ("agency.id == \"agency-1\"", true),
        ("agreement.id in [\"agreement-2\", \"agreement-1\"]", true),
        ("agency.id != \"agency-1\"", false),
        ("agreement.status == active", true),
        ("patient.security_label == U", true),
        ("trace.outcome == unique-match", true),
        ("request.urgency in [urgent, immediate-risk-to-life]", false),
        ("true", true),
        ("false", false),
        ("agency.kind == police and (patient.deceased or offence.category == murder)", true),
        ("agency.kind == court or offence.max_sentence_months > 100 or patient.opted_out", true),
        ("not (agency.kind == police and patient.deceased)", true),
        ("not not patient.deceased", false),
        ("((agency.kind == police))", true),
    ]

    @Test(arguments: cases)
    func conditionHoldsAsExpected(_ condition: String, _ expected: Bool) throws {
        let policy = try PolicyFixtures.policy(
            "refuse \"r\" when \(condition) because \"x\"\nallow \"a\" fields [identity] because \"a\"")
        let decision = policy.decide(PolicyInputs().input)
        #expect((decision.outcome == .refused) == expected, "\(condition)")
    }

    @Test func theConditionTextIsKeptAsWrittenForExplanations() throws {
        let policy = try PolicyFixtures.policy(
            "refuse \"r\"\n  when agency.kind == police   # police only\n   and not (patient.deceased)\n  because \"x\""
        )
        #expect(policy.rules.first?.condition == "agency.kind == police and not (patient.deceased)")
    }
}
