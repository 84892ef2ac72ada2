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

    func run(_ queries: [Item], into path: String) async throws -> Summary {
        let sink = try ExportSink(path: path)
        do {
            try sink.write(Data(TraceResultCSV.header.utf8))
            var summary = Summary()
            var bytes: [UInt8] = []
            for start in stride(from: 0, to: queries.count, by: 4_096) {
                let chunk = Array(queries[start..<min(start + 4_096, queries.count)])
                let results = try await trace(chunk.map(\.query))
                bytes.removeAll(keepingCapacity: true)
                for (item, result) in zip(chunk, results) {
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

    /// Traces `queries` in chunks of ``chunkSize`` (two store lookups a chunk, see
    /// ``ConfidantTrace/Tracer/trace(batch:)``), at most ``concurrency`` chunks in flight;
    /// results in input order.
    func trace(_ queries: [TraceQuery]) async throws -> [TraceResult] {
        let chunkSize = max(chunkSize, 1)
        let chunks = stride(from: 0, to: queries.count, by: chunkSize).map {
            Array(queries[$0..<min($0 + chunkSize, queries.count)])
        }
        return try await Self.map(chunks, inFlight: concurrency) { try await tracer.trace(batch: $0) }.flatMap { $0 }
    }

    /// Traces `queries` one by one, `inFlight` at a time, as concurrent single requests
    /// would; results in input order. The bench compares it with ``trace(_:)``.
    func traceEach(_ queries: [TraceQuery], inFlight: Int = 16) async throws -> [TraceResult] {
        try await Self.map(queries, inFlight: inFlight) { try await tracer.trace($0) }
    }

    /// `transform` applied to every item, at most `inFlight` at a time; results in input order.
    private static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], inFlight: Int, _ transform: @escaping @Sendable (Item) async throws -> Result
    ) async throws -> [Result] {
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: items.count)
            var next = 0
            func start() {
                guard next < items.count else { return }
                let (index, item) = (next, items[next])
                group.addTask { (index, try await transform(item)) }
                next += 1
            }
            for _ in 0..<max(inFlight, 1) { start() }
            while let (index, result) = try await group.next() {
                results[index] = result
                start()
            }
            return results.compactMap { $0 }
        }
    }
}
