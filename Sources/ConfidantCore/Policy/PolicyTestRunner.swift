/// Runs the test cases written in policy files (what `confidant policy test` calls).
///
/// Each test starts from an ordinary, well-formed request on the policy's effective
/// date (the defaults are in the attribute reference), applies its settings, decides,
/// and checks every `expect`. Results are values: a failing test is reported, not thrown.
public enum PolicyTestRunner {
    /// Runs one policy version's tests.
    public static func run(_ policy: Policy) -> PolicyTestReport {
        let results = policy.tests.map { test in
            let decision = policy.decide(test.facts)
            let failures = test.expectations.compactMap { check($0, decision) }
            return PolicyTestResult(
                name: test.name, file: policy.file, line: test.line, column: test.column, failures: failures)
        }
        return PolicyTestReport(policy: policy.reference, file: policy.file, results: results)
    }

    /// Runs the tests of every version in a history, oldest first.
    public static func run(_ history: PolicyHistory) -> [PolicyTestReport] {
        history.versions.map { run($0) }
    }

    /// A message when `expectation` does not hold for `decision`, else `nil`.
    static func check(_ expectation: PolicyTestCase.Expectation, _ decision: PolicyDecision) -> String? {
        let fired = decision.firedRules.map(\.name).joined(separator: ", ")
        switch expectation {
        case .outcome(let outcome, let by, let line):
            let byText = by.map { " by \"\($0)\"" } ?? ""
            if decision.outcome != outcome || by.map(decision.fired) == false {
                return "line \(line): expected \(outcome.rawValue)\(byText), but the decision was "
                    + "\(decision.outcome.rawValue) (rules fired: \(fired.isEmpty ? "none" : fired))"
            }
        case .fields(let fields, let line):
            if decision.fields != fields {
                return "line \(line): expected fields \(fields), but the decision releases \(decision.fields) "
                    + "(\(decision.outcome.rawValue); rules fired: \(fired.isEmpty ? "none" : fired))"
            }
        case .fired(let name, let negated, let line):
            if decision.fired(name) == negated {
                return "line \(line): expected \"\(name)\" \(negated ? "not to fire" : "to fire"), "
                    + "but rules fired: \(fired.isEmpty ? "none" : fired)"
            }
        }
        return nil
    }
}
