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
    /// Queries traced at once: enough to keep the store and both cores busy.
    var concurrency = 16

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
            try sink.write(Data("query_id,nhs_number,score,outcome,candidates\n".utf8))
            var summary = Summary()
            for start in stride(from: 0, to: queries.count, by: 4_096) {
                let chunk = Array(queries[start..<min(start + 4_096, queries.count)])
                let results = try await trace(chunk.map(\.query))
                var text = ""
                for (item, result) in zip(chunk, results) {
                    summary.counts[result.outcome, default: 0] += 1
                    text += TraceReport.csvRow(id: item.id, result)
                }
                try sink.write(Data(text.utf8))
            }
            try sink.commit()
            return summary
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// Traces `queries` with at most ``concurrency`` in flight; results in input order.
    func trace(_ queries: [TraceQuery]) async throws -> [TraceResult] {
        try await withThrowingTaskGroup(of: (Int, TraceResult).self) { group in
            var results = [TraceResult?](repeating: nil, count: queries.count)
            var next = 0
            func start() {
                guard next < queries.count else { return }
                let (index, query) = (next, queries[next])
                group.addTask { (index, try await tracer.trace(query)) }
                next += 1
            }
            for _ in 0..<concurrency { start() }
            while let (index, result) = try await group.next() {
                results[index] = result
                start()
            }
            return results.compactMap { $0 }
        }
    }
}
