import ArgumentParser
import ConfidantCore
import ConfidantStore
import Logging

/// `confidant log …`: the transparency log from the command line.
struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Read, verify and exercise the transparency log.",
        subcommands: [
            LogCheckpointCommand.self, LogVerifyCommand.self, LogReceiptCommand.self, LogVerifyReceiptCommand.self,
            LogBenchCommand.self, LogReadBenchCommand.self, LogStressCommand.self,
        ]
    )
}

/// `confidant log checkpoint`: the latest signed checkpoint.
struct LogCheckpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint", abstract: "Print the log's latest signed checkpoint.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reportingFailure {
            let note = try await store.withStore(logger: .init(label: "confidant.log")) { store in
                try await store.latestCheckpoint()
            }
            guard let note else { throw CommandFailure("the log is empty: no checkpoint has been signed yet") }
            print(note, terminator: "")
        }
    }
}
