/// A test case written in a policy file: settings on top of an ordinary request,
/// and what the policy must decide. ``PolicyTestRunner`` runs them.
public struct PolicyTestCase: Sendable {
    /// The test's name.
    public let name: String
    /// The line of its name.
    public let line: Int
    /// The column of its name.
    public let column: Int
    let facts: PolicyFacts
    let expectations: [Expectation]

    /// One `expect` line.
    enum Expectation: Sendable {
        case outcome(DecisionOutcome, by: String?, line: Int)
        case fields(ReleasableFields, line: Int)
        case fired(String, negated: Bool, line: Int)
    }
}

extension PolicyCompiler {
    /// Compiles the tests, checking names, settings and expectations against the policy.
    func tests(_ syntax: PolicySyntax, rules: [PolicyRule]) throws(PolicyLoadError) -> [PolicyTestCase] {
        let ruleNames = Set(rules.map(\.name) + BuiltInRule.all.map(\.name))
        var seen: [String: Int] = [:]
        var tests: [PolicyTestCase] = []
        for test in syntax.tests {
            if let line = seen[test.name] {
                throw error(
                    .duplicateName, "there is already a test called '\(test.name)' (line \(line))", at: test.nameToken)
            }
            seen[test.name] = test.nameToken.location.line
            var facts = PolicyFacts(baselineOn: syntax.effective)
            for (attributeTerm, valueTerm) in test.assignments {
                guard case .attribute(let attribute, _) = try resolve(attributeTerm) else {
                    throw error(
                        .unknownAttribute, "'\(attributeTerm.word ?? "?")' is not an attribute", at: attributeTerm.token
                    )
                }
                switch (attribute.access, try constant(valueTerm, as: attribute)) {
                case (.number(_, let write), .number(let value)): write(&facts, value)
                case (.text(_, let write), .text(let value)): write(&facts, value)
                default: throw error(.typeMismatch, "\(attribute.name) is \(attribute.type)", at: valueTerm.token)
                }
            }
            var expectations: [PolicyTestCase.Expectation] = []
            for expectation in test.expectations {
                expectations.append(try compile(expectation, ruleNames: ruleNames))
            }
            tests.append(
                PolicyTestCase(
                    name: test.name, line: test.nameToken.location.line, column: test.nameToken.location.column,
                    facts: facts, expectations: expectations))
        }
        return tests
    }

    private func compile(
        _ expectation: ExpectationSyntax, ruleNames: Set<String>
    ) throws(PolicyLoadError) -> PolicyTestCase.Expectation {
        switch expectation {
        case .outcome(let term, let by):
            guard let word = term.word, let outcome = DecisionOutcome(rawValue: word) else {
                let names = DecisionOutcome.allCases.map(\.rawValue)
                throw error(
                    .unknownValue,
                    "\(term.token.shown) is not an outcome; expected one of: \(names.joined(separator: ", "))"
                        + NameSuggestion.hint(for: term.word ?? "", among: names), at: term.token)
            }
            if let by { try checkRule(by.name, by.token, ruleNames) }
            return .outcome(outcome, by: by?.name, line: term.token.location.line)
        case .fields(let items, let token):
            var releases: [FieldRelease] = []
            for (categoryTerm, levelTerm) in items {
                let category = try fieldCategory(categoryTerm)
                let level = try levelTerm.map { term throws(PolicyLoadError) in try self.level(term, of: category) }
                releases.append(FieldRelease(category, at: level ?? .full))
            }
            return .fields(ReleasableFields(releases), line: token.location.line)
        case .fired(let name, let token, let negated):
            try checkRule(name, token, ruleNames)
            return .fired(name, negated: negated, line: token.location.line)
        }
    }

    private func checkRule(_ name: String, _ token: PolicyToken, _ names: Set<String>) throws(PolicyLoadError) {
        guard names.contains(name) else {
            throw error(
                .unknownRule, "this policy has no rule called '\(name)'" + NameSuggestion.hint(for: name, among: names),
                at: token)
        }
    }
}
