import ArgumentParser
import Logging

/// The `confidant` command line: every capability without the server, plus the server.
@main
struct Confidant: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confidant",
        abstract: "A confidentiality-first disclosure gateway for patient records.",
        subcommands: [
            DemoCommand.self, ServeCommand.self, SeedCommand.self, ImportCommand.self, ExportCommand.self,
            TraceCommand.self, KeygenCommand.self, LogCommand.self, AgencyCommand.self, AgreementCommand.self,
            KeyCommand.self, PolicyCommand.self,
        ]
    )

    /// Logs go to standard error, so standard output carries only results (`--json`).
    static func main() async {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        await main(nil)
    }
}
