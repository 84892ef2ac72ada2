import ArgumentParser
import ConfidantCore

/// `confidant policy simulate`: replays a file of cases under two versions and reports
/// what would change.
struct PolicySimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Replay cases under two policy versions and report what would change.")

    @OptionGroup var options: PolicyOptions

    @Option(help: ArgumentHelp("The version to compare from (2 or v2).", valueName: "version"))
    var from: PolicyVersionNumber
    @Option(help: ArgumentHelp("The version to compare to (3 or v3).", valueName: "version"))
    var to: PolicyVersionNumber

    @Argument(help: ArgumentHelp("The cases, one JSON case a line.", valueName: "cases.jsonl"))
    var casesFile: String

    @Option(help: ArgumentHelp("How many request ids to show for each kind of change.", valueName: "n"))
    var examples = 5
    @Flag(help: "Print the report as JSON.") var json = false

    func validate() throws {
        guard (0...1_000).contains(examples) else { throw ValidationError("--examples must be 0 to 1000") }
    }

    func run() async throws {
        try await reportingFailure {
            let history = try options.load()
            let path = options.path
            let (before, after) = (
                try from.policy(in: history, directory: path), try to.policy(in: history, directory: path)
            )
            // Every line is read and checked before anything is decided: a bad line prints no report.
            let cases = try PolicyCaseFile.lines(casesFile)
            let report = PolicySimulation.compare(cases, before: before, after: after, examples: examples)
            if json {
                try Output.json(report)
            } else {
                Output.line(SimulationText(report).text)
            }
        }
    }
}
