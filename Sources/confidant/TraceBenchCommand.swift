import ArgumentParser
import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Foundation
import Logging

/// `confidant trace bench`: single-trace latency and batch throughput against the store.
struct TraceBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure single-trace latency (p50, p99) and batch tracing throughput.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var model: TraceModelOptions

    @OptionGroup var registry: SeededRegistryOptions
    @Option(help: "Queries for the single-trace latency run.") var single: Int = 5_000
    @Option(help: "Queries for the batch throughput run.") var batch: Int = 50_000
    @Flag(help: "Print the result as JSON.") var json = false

    struct Result: Codable {
        var patients: Int
        var singleQueries: Int
        var p50Milliseconds: Double
        var p99Milliseconds: Double
        var batchQueries: Int
        var batchQueriesPerSecond: Double
        /// The same queries traced one by one, 16 in flight (concurrent single requests).
        var singlesInFlightQueriesPerSecond: Double
    }

    func run() async throws {
        try await reportingFailure {
            let model = try model.load()
            let (single, batch, registry) = (single, batch, registry)
            let result = try await store.withStore(logger: .init(label: "confidant.trace")) { store in
                let (labelled, size) = try await registry.queries(count: max(single, batch), querySeed: 99, in: store)
                let queries = labelled.map(\.query)
                let tracer = Tracer(model: model, source: store)
                for query in queries.prefix(200) { _ = try await tracer.trace(query) }  // warm the caches
                var latencies: [Double] = []
                for query in queries.prefix(single) {
                    let start = ContinuousClock.now
                    _ = try await tracer.trace(query)
                    latencies.append((ContinuousClock.now - start).milliseconds)
                }
                latencies.sort()
                let run = TraceBatchRun(tracer: tracer)
                // The batch is timed as `trace --batch` runs it: chunks traced four at a time,
                // each chunk's results written out as CSV in input order (to a scratch file,
                // removed) and let go.
                let items = queries.prefix(batch).enumerated().map { TraceBatchRun.Item(id: "q\($0)", query: $1) }
                let output = FileManager.default.temporaryDirectory
                    .appendingPathComponent("confidant-trace-bench-\(UUID().uuidString).csv").path
                defer { try? FileManager.default.removeItem(atPath: output) }
                let start = ContinuousClock.now
                _ = try await run.run(items, into: output)
                let seconds = (ContinuousClock.now - start).seconds
                let eachStart = ContinuousClock.now
                _ = try await run.traceEach(Array(queries.prefix(batch)))
                let eachSeconds = (ContinuousClock.now - eachStart).seconds
                return Result(
                    patients: size, singleQueries: latencies.count,
                    p50Milliseconds: latencies[latencies.count / 2],
                    p99Milliseconds: latencies[min(latencies.count - 1, latencies.count * 99 / 100)],
                    batchQueries: batch, batchQueriesPerSecond: Double(batch) / seconds,
                    singlesInFlightQueriesPerSecond: Double(batch) / eachSeconds)
            }
            if json {
                try Output.json(result)
            } else {
                Output.line(
                    String(
                        format:
                            "%d patients: single trace p50 %.3f ms, p99 %.3f ms; batch %.0f queries/s (single traces, 16 in flight: %.0f/s)",
                        result.patients, result.p50Milliseconds, result.p99Milliseconds, result.batchQueriesPerSecond,
                        result.singlesInFlightQueriesPerSecond))
            }
        }
    }
}
