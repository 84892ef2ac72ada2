import ArgumentParser
import ConfidantCore
import ConfidantStore
import Foundation
import Logging
import TransparencyLog

/// `confidant log stress`: appends and reports every acknowledgement as it happens, for
/// the crash test that kills it (SIGKILL) mid-flight and checks nothing acknowledged was lost.
///
/// Each acknowledged append prints one line, written straight to standard output:
/// `acked <index> <request> <seq> <checkpoint size> <checkpoint root, base64>`.
struct LogStressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stress",
        abstract: "Append events, printing each acknowledgement at once (for kill tests).",
        shouldDisplay: false
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var key: LogKeyOptions

    @Option(help: "How many events to append.")
    var appends: Int = 1_000_000

    @Option(help: "How many appends are in flight at once.")
    var concurrency: Int = 64

    func run() async throws {
        try await reportingFailure {
            let sealer = try key.sealer()
            let (appends, concurrency) = (appends, concurrency)
            _ = try await store.withStore(logger: .init(label: "confidant.log")) { store in
                try await LogLoad(store: store, sealer: sealer).run(appends: appends, concurrency: concurrency) {
                    position, record in
                    let checkpoint = try? Checkpoint(parsing: position.checkpoint.text)
                    let line =
                        "acked \(position.index) \(record.requestID) \(record.sequence) \(checkpoint?.size ?? 0) \(checkpoint?.rootHash.base64 ?? "-")\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            }
        }
    }
}
