import ConfidantCore
import ConfidantRegistryIO
import ConfidantStore
import ConfidantTrace
import Foundation
import Logging

/// `trace --batch`: reads every query, traces them concurrently, writes the results in
/// input order. The output file appears only when every row is traced; a bad row stops
/// the run with its line and column and leaves no output behind.
struct TraceBatchRun {
    let tracer: Tracer
    /// Queries a chunk: enough that a chunk's two lookups replace hundreds of round trips,
    /// few enough that the chunks in flight keep both cores busy.
    var chunkSize = 256
    /// Chunks traced at once, so one chunk's lookup overlaps another's scoring.
    var concurrency = 4

    struct Summary {
        var counts: [TraceResult.Outcome: Int] = [:]
        var total: Int { counts.values.reduce(0, +) }

        func describe() -> String {
            [TraceResult.Outcome.match, .ambiguous, .noMatch, .insufficient].map {
                "\(counts[$0] ?? 0) \($0.rawValue)"
            }.joined(separator: ", ")
        }
    }

    /// One query of a batch and its identifier.
    struct Item: Sendable {
        var id: String
        var query: TraceQuery
    }

    /// Traces `queries` into a CSV file at `path`, in input order.
    ///
    /// Chunks are traced ``concurrency`` at a time and each chunk's rows are written as soon
    /// as every chunk before it is written, so the output overlaps the tracing and no chunk
    /// waits for a whole slice to finish.
    func run(_ queries: [Item], into path: String) async throws -> Summary {
        let sink = try ExportSink(path: path)
        do {
            try sink.write(Data(TraceResultCSV.header.utf8))
            var summary = Summary()
            var bytes: [UInt8] = []
            let chunkSize = max(chunkSize, 1)
            let starts = Array(stride(from: 0, to: queries.count, by: chunkSize))
            try await Self.forEachInOrder(starts.count, inFlight: concurrency) { index in
                let chunk = queries[starts[index]..<min(starts[index] + chunkSize, queries.count)]
                return try await tracer.trace(batch: chunk.map(\.query))
            } write: { index, results in
                bytes.removeAll(keepingCapacity: true)
                for (item, result) in zip(queries[starts[index]...], results) {
                    summary.counts[result.outcome, default: 0] += 1
                    TraceResultCSV.appendRow(id: item.id, result, to: &bytes)
                }
                try sink.write(Data(bytes))
            }
            try sink.commit()
            return summary
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// Runs `transform` on `0..<count`, at most `inFlight` at a time, and hands each result to
    /// `write` in index order, as soon as the results before it have been written. A slow item
    /// holds back at most `4 × inFlight` finished ones, so memory stays bounded.
    private static func forEachInOrder<Result: Sendable>(
        _ count: Int, inFlight: Int, _ transform: @escaping @Sendable (Int) async throws -> Result,
        write: (Int, Result) throws -> Void
    ) async throws {
        let inFlight = max(inFlight, 1)
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            var running = 0
            var written = 0
            var waiting: [Int: Result] = [:]
            func fill() {
                while running < inFlight, next < count, next < written + 4 * inFlight {
                    let index = next
                    group.addTask { (index, try await transform(index)) }
                    next += 1
                    running += 1
                }
            }
            fill()
            while let (index, result) = try await group.next() {
                running -= 1
                waiting[index] = result
                while let ready = waiting.removeValue(forKey: written) {
                    try write(written, ready)
                    written += 1
                }
                fill()
            }
        }
    }

    /// Traces `queries` one by one, `inFlight` at a time, as concurrent single requests
    /// would; results in input order. The bench compares it with ``run(_:into:)``.
    func traceEach(_ queries: [TraceQuery], inFlight: Int = 16) async throws -> [TraceResult] {
        var results: [TraceResult] = []
        results.reserveCapacity(queries.count)
        try await Self.forEachInOrder(queries.count, inFlight: inFlight) { [tracer] index in
            try await tracer.trace(queries[index])
        } write: { _, result in
            results.append(result)
        }
        return results
    }
}
