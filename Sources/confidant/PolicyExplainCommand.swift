import ArgumentParser
import ConfidantCore

/// `confidant policy explain`: decides one case under the version in force on a day and
/// says why: the outcome, the version and its hash, every rule that fired with its reason,
/// what may be released, and for a refusal the nearest rule that would have allowed it.
struct PolicyExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Decide one case under the policy in force on a day, and say why.")

    @OptionGroup var options: PolicyOptions

    @Option(help: ArgumentHelp("The day of the decision (default: the case's decided_on).", valueName: "yyyy-mm-dd"))
    var at: String?

    @Argument(help: ArgumentHelp("The case, a JSON file (docs/policy.md, 'Cases').", valueName: "case.json"))
    var caseFile: String

    @Flag(help: "Print the decision as JSON.") var json = false

    func run() async throws {
        try await reportingFailure {
            let history = try options.load()
            var input = try PolicyCaseFile.single(caseFile)
            if let at {
                do {
                    input.decidedOn = try CalendarDate(iso: at)
                } catch {
                    throw CommandFailure("--at \(at): \(error)")
                }
            }
            guard input.decidedOn >= input.request.receivedOn else {
                throw CommandFailure(
                    "\(input.decidedOn) is before the request arrived (\(input.request.receivedOn)): "
                        + "a request is decided on or after that day")
            }
            guard let policy = history.inForce(on: input.decidedOn) else {
                let first = history.versions.first.map { " (the first, \($0.id) v\($0.version), from \($0.effective))" }
                throw CommandFailure(
                    "no policy was in force on \(input.decidedOn) in \(options.path)\(first ?? "")")
            }
            let explanation = PolicyExplanation(
                request: input.request.id, decidedOn: input.decidedOn, policyFile: policy.file,
                decision: policy.decide(input))
            if json {
                try Output.json(explanation)
            } else {
                Output.line(explanation.text)
            }
        }
    }
}
