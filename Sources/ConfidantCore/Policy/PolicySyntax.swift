/// A policy file as written, before its names and types are checked.
struct PolicySyntax: Sendable {
    var id: String
    var version: Int
    var effective: CalendarDate
    var title: String?
    var rules: [RuleSyntax] = []
    var tests: [TestSyntax] = []
}

/// One rule as written.
struct RuleSyntax: Sendable {
    var kind: PolicyRuleKind
    var keyword: PolicyToken
    var name: String
    var nameToken: PolicyToken
    /// The field categories of an `allow` or `forbid` rule.
    var fields: [TermSyntax] = []
    /// The category and level of a `coarsen` rule.
    var coarsening: (category: TermSyntax, level: TermSyntax)?
    var condition: ExpressionSyntax?
    var reason: String
}

/// A test case as written.
struct TestSyntax: Sendable {
    var name: String
    var nameToken: PolicyToken
    var assignments: [(attribute: TermSyntax, value: TermSyntax)] = []
    var expectations: [ExpectationSyntax] = []
}

/// One `expect` line of a test.
enum ExpectationSyntax: Sendable {
    /// `expect refused`, `expect refused by "rule"`.
    case outcome(TermSyntax, by: (name: String, token: PolicyToken)?)
    /// `expect fields [identity, location to district]`.
    case fields([(category: TermSyntax, level: TermSyntax?)], PolicyToken)
    /// `expect fired "rule"`, `expect not fired "rule"`.
    case fired(name: String, token: PolicyToken, negated: Bool)
}
