import ArgumentParser

/// `confidant policy`: test, explain and replay the disclosure policies in `policies/`.
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Test, explain and replay the disclosure policies.",
        subcommands: [
            PolicyTestCommand.self, PolicyExplainCommand.self, PolicySimulateCommand.self,
            PolicyGenerateCommand.self, PolicyBenchCommand.self,
        ])
}
