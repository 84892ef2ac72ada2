/// The result of one policy test case.
public struct PolicyTestResult: Hashable, Sendable, Codable {
    /// The test's name.
    public var name: String
    /// The file it is in.
    public var file: String
    /// Where the test's name is in the file.
    public var line: Int
    /// The column of its name.
    public var column: Int
    /// One message per expectation that did not hold, each starting with its line.
    public var failures: [String]

    /// Creates a result.
    public init(name: String, file: String, line: Int, column: Int, failures: [String]) {
        self.name = name
        self.file = file
        self.line = line
        self.column = column
        self.failures = failures
    }

    /// Whether every expectation held.
    public var passed: Bool { failures.isEmpty }
}

/// The results of running one policy file's tests.
public struct PolicyTestReport: Hashable, Sendable, Codable {
    /// The policy version tested.
    public var policy: PolicyReference
    /// The file tested, as named when loading.
    public var file: String
    /// One result per test, in file order.
    public var results: [PolicyTestResult]

    /// Creates a report.
    public init(policy: PolicyReference, file: String, results: [PolicyTestResult]) {
        self.policy = policy
        self.file = file
        self.results = results
    }

    /// How many tests passed.
    public var passed: Int { results.count { $0.passed } }
    /// How many tests failed.
    public var failed: Int { results.count { !$0.passed } }

    /// `N passed, M failed`.
    public var summary: String { "\(passed) passed, \(failed) failed" }

    /// The report as a person reads it: a line per test, failures indented, then the summary.
    public var text: String {
        var lines = ["\(file): \(policy)"]
        for result in results {
            lines.append(
                "  \(result.passed ? "pass" : "FAIL") \(result.name) (\(file):\(result.line):\(result.column))")
            for failure in result.failures { lines.append("       \(failure)") }
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }
}
