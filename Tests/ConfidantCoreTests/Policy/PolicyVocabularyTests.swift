import ConfidantCore
import Foundation
import Testing

/// The attribute catalogue and the codes the language accepts.
@Suite struct PolicyVocabularyTests {
    @Test func attributeNamesAreUniqueAndFindable() {
        let names = PolicyAttribute.all.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names { #expect(PolicyAttribute.named(name)?.name == name) }
        #expect(PolicyAttribute.named("agency.knd") == nil)
        #expect(names.count >= 25)
    }

    @Test(arguments: PolicyAttribute.all.map(\.name))
    func everyAttributeCanBeUsedInAConditionAndATest(_ name: String) throws {
        let attribute = try #require(PolicyAttribute.named(name))
        let (condition, setting): (String, String) =
            switch attribute.type {
            case .bool: ("\(name) == false", "\(name) = false")
            case .int: ("\(name) >= 0", "\(name) = 3")
            case .decimal: ("\(name) >= 0.5", "\(name) = 0.5")
            case .date: ("\(name) > 2000-01-01", "\(name) = 2020-01-02")
            case .text: ("\(name) == \"x\"", "\(name) = \"x\"")
            case .code(let codes): ("\(name) in [\(codes.members[0])]", "\(name) = \(codes.members[0])")
            case .codeSet(let codes): ("\(codes.members[0]) in \(name)", "\(name) = [\(codes.members[0])]")
            }
        let policy = try PolicyFixtures.policy(
            "refuse \"r\" when \(condition) because \"x\"\ntest \"t\" { \(setting)\n expect refused }")
        #expect(policy.rules.count == 1)
        #expect(PolicyTestRunner.run(policy).results.count == 1)
        #expect(!attribute.summary.isEmpty && !attribute.testDefault.isEmpty)
    }

    @Test func outcomesAndCoarseningLevelsSpellAsDocumented() {
        #expect(
            DecisionOutcome.allCases.map(\.rawValue) == [
                "refused", "held", "not-traced", "ambiguous-trace", "queued-for-review",
            ])
        #expect(FieldCoarsening.levels(for: .location) == [.full, .sector, .district, .area])
        #expect(FieldCoarsening.levels(for: .demographics) == [.full, .birthYear])
        #expect(FieldCoarsening.levels(for: .registration) == [.full, .practice, .gpArea])
        #expect(FieldCoarsening.levels(for: .identity) == [.full])
    }

    @Test func everyCodeOfEveryListIsAccepted() throws {
        func accepts(_ attribute: String, _ codes: [String]) throws {
            let list = codes.joined(separator: ", ")
            _ = try PolicyFixtures.policy("refuse \"r\" when \(attribute) in [\(list)] because \"x\"")
        }
        try accepts("agency.kind", AgencyKind.allCases.map(\.rawValue))
        try accepts("request.purpose", RequestPurpose.allCases.map(\.rawValue))
        try accepts("request.legal_basis", LegalBasis.allCases.map(\.rawValue))
        try accepts("offence.category", ["none"] + OffenceCategory.allCases.map(\.rawValue))
        try accepts("request.urgency", Urgency.allCases.map(\.rawValue))
        try accepts("agreement.status", AgreementStatus.allCases.map(\.rawValue) + ["not-in-force"])
        try accepts("patient.security_label", SecurityLabel.allCases.map(\.rawValue))
        try accepts("trace.outcome", TraceOutcome.allCases.map(\.rawValue))
    }

    /// Each code of a real request reaches the policy as itself (the facts hold codes as positions).
    @Test func codesReachThePolicyUnchanged() throws {
        for kind in AgencyKind.allCases {
            let policy = try PolicyFixtures.policy("refuse \"r\" when agency.kind == \(kind.rawValue) because \"x\"")
            #expect(policy.decide(PolicyInputs().with { $0.kind = kind }.input).fired("r"))
        }
        for purpose in RequestPurpose.allCases {
            let policy = try PolicyFixtures.policy(
                "refuse \"r\" when request.purpose == \(purpose.rawValue) because \"x\"")
            #expect(policy.decide(PolicyInputs().with { $0.purpose = purpose }.input).fired("r"))
        }
        for basis in LegalBasis.allCases {
            let policy = try PolicyFixtures.policy(
                "refuse \"r\" when request.legal_basis == \(basis.rawValue) because \"x\"")
            #expect(policy.decide(PolicyInputs().with { $0.legalBasis = basis }.input).fired("r"))
        }
        for category in OffenceCategory.allCases {
            let policy = try PolicyFixtures.policy(
                "refuse \"r\" when offence.category == \(category.rawValue) because \"x\"")
            #expect(policy.decide(PolicyInputs().with { $0.offence = Offence(category: category) }.input).fired("r"))
        }
        for urgency in Urgency.allCases {
            let policy = try PolicyFixtures.policy(
                "refuse \"r\" when request.urgency == \(urgency.rawValue) because \"x\"")
            #expect(policy.decide(PolicyInputs().with { $0.urgency = urgency }.input).fired("r"))
        }
        for category in FieldCategory.allCases {
            let policy = try PolicyFixtures.policy(
                "refuse \"r\" when \(category.rawValue) in request.fields because \"x\"")
            #expect(policy.decide(PolicyInputs().with { $0.fields = [category] }.input).fired("r"))
            #expect(
                !policy.decide(
                    PolicyInputs().with { $0.fields = Set(FieldCategory.allCases).subtracting([category]) }.input
                ).fired("r"))
        }
        let none = try PolicyFixtures.policy("refuse \"r\" when offence.category == none because \"x\"")
        #expect(none.decide(PolicyInputs().with { $0.offence = nil }.input).fired("r"))
    }
}

/// docs/policy.md lists the same attributes, in the same order, as the engine knows.
@Suite struct PolicyDocumentationTests {
    @Test func theAttributeReferenceMatchesTheCatalogue() throws {
        let policies = try #require(PolicyFixtures.policiesDirectory)
        let text = try String(
            contentsOf: policies.deletingLastPathComponent().appendingPathComponent("docs/policy.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Attribute reference").last)
        let table = section.components(separatedBy: "\n\n")[1]
        let names = table.split(separator: "\n").dropFirst(2).compactMap { line in
            line.split(separator: "`").dropFirst().first.map(String.init)
        }
        #expect(names == PolicyAttribute.all.map(\.name))
    }
}
