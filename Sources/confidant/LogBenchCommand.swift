import ArgumentParser
import ConfidantCore
import ConfidantStore
import Foundation
import Logging
import TransparencyLog

/// `confidant log bench`: durable appends per second through the sequencer, and the
/// time from an append to its signed checkpoint.
struct LogBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure durable log appends per second and append-to-checkpoint latency.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var key: LogKeyOptions

    @Option(help: "How many events to append.")
    var appends: Int = 100_000

    @Option(help: "How many appends are in flight at once (concurrent clients).")
    var concurrency: Int = 512

    @Flag(help: "Print the result as JSON.")
    var json = false

    struct Result: Codable {
        var appends: Int
        var concurrency: Int
        var seconds: Double
        var appendsPerSecond: Double
        var p50Milliseconds: Double
        var p99Milliseconds: Double
        var treeSize: UInt64
    }

    func validate() throws {
        guard (1...10_000_000).contains(appends) else { throw ValidationError("--appends must be 1 to 10000000") }
        guard (1...10_000).contains(concurrency) else { throw ValidationError("--concurrency must be 1 to 10000") }
    }

    func run() async throws {
        try await reportingFailure {
            let sealer = try key.sealer()
            let (appends, concurrency) = (appends, concurrency)
            let result = try await store.withStore(logger: .init(label: "confidant.log")) { store in
                try await LogLoad(store: store, sealer: sealer).run(appends: appends, concurrency: concurrency) {
                    _, _ in
                }
            }
            if json {
                try Output.json(
                    Result(
                        appends: appends, concurrency: concurrency, seconds: result.seconds,
                        appendsPerSecond: Double(appends) / result.seconds, p50Milliseconds: result.percentile(0.5),
                        p99Milliseconds: result.percentile(0.99), treeSize: result.treeSize))
            } else {
                Output.line(
                    "\(appends) appends in \(String(format: "%.2f", result.seconds)) s: \(Int(Double(appends) / result.seconds))/s, p99 \(String(format: "%.1f", result.percentile(0.99))) ms to a signed checkpoint"
                )
            }
        }
    }
}
