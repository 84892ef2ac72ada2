import ArgumentParser
import ConfidantCore

/// `confidant policy test`: runs the tests every policy file carries.
struct PolicyTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every policy version's own tests; exit status 1 if any fails.")

    @OptionGroup var options: PolicyOptions
    @Flag(help: "Print the reports as JSON.") var json = false

    /// Every version's report, and the totals.
    struct Result: Encodable {
        var passed: Int
        var failed: Int
        var reports: [PolicyTestReport]
    }

    func run() async throws {
        try await reportingFailure {
            let reports = PolicyTestRunner.run(try options.load())
            let result = Result(
                passed: reports.reduce(0) { $0 + $1.passed }, failed: reports.reduce(0) { $0 + $1.failed },
                reports: reports)
            if json {
                try Output.json(result)
            } else {
                // A blank line between files; the totals last, as one line a script can read.
                Output.line(reports.map(\.text).joined(separator: "\n\n"))
                if reports.count > 1 {
                    Output.line("\n\(reports.count) policy files: \(result.passed) passed, \(result.failed) failed")
                }
            }
            if result.failed > 0 {
                let failed = reports.flatMap(\.results).filter { !$0.passed }
                let (first, plural) = (failed[0], failed.count == 1 ? "test" : "tests")
                throw CommandFailure(
                    "\(failed.count) policy \(plural) failed, first '\(first.name)' (\(first.file):\(first.line))")
            }
        }
    }
}
