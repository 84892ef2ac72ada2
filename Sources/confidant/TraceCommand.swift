import ArgumentParser

/// `confidant trace …`: find the one patient a request is about.
struct TraceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Trace a patient (or a batch), train the match model, evaluate and benchmark tracing.",
        subcommands: [
            TraceFindCommand.self, TraceTrainCommand.self, TraceEvaluateCommand.self, TraceBenchCommand.self,
        ],
        defaultSubcommand: TraceFindCommand.self
    )
}
