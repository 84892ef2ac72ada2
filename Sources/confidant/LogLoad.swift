import ConfidantCore
import ConfidantStore
import Foundation
import Logging
import TransparencyLog

/// Synthetic request events appended through a ``TransparencyLog/LogSequencer``, by
/// `log bench` and `log stress`.
///
/// Each run uses fresh request identifiers, so runs (and restarts after a kill) never collide.
struct LogLoad {
    let store: any LogStore
    let sealer: LogSealer

    struct Measurement: Sendable {
        var seconds: Double
        /// Milliseconds from each append to the durable, signed checkpoint that holds it.
        var latencies: [Double]
        var treeSize: UInt64

        func percentile(_ p: Double) -> Double {
            let sorted = latencies.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
    }

    /// Appends `appends` events from `concurrency` concurrent clients; `acknowledged` sees each as it is durable.
    func run(
        appends: Int, concurrency: Int,
        acknowledged: @escaping @Sendable (LogSequencer<AnyLogStore>.Position, RequestEventRecord) -> Void
    ) async throws -> Measurement {
        let sequencer = LogSequencer(storage: AnyLogStore(store), sealer: sealer)
        let run = UUID().uuidString.lowercased()
        let start = ContinuousClock.now
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            group.addTask {
                await sequencer.run()
                return []
            }
            var latencies: [Double] = []
            try await withThrowingTaskGroup(of: [Double].self) { clients in
                for client in 0..<concurrency {
                    clients.addTask {
                        var generator = SystemRandomNumberGenerator()
                        var measured: [Double] = []
                        for sequence in stride(
                            from: 0, to: appends / concurrency + (client < appends % concurrency ? 1 : 0), by: 1)
                        {
                            let record = Self.event(run: run, client: client, sequence: sequence, using: &generator)
                            let began = ContinuousClock.now
                            let position = try await sequencer.append(record.record, entry: record.entry)
                            measured.append((ContinuousClock.now - began).milliseconds)
                            acknowledged(position, record.record)
                        }
                        return measured
                    }
                }
                for try await measured in clients { latencies += measured }
            }
            sequencer.finish()
            for try await _ in group {}
            return latencies
        }
        let seconds = (ContinuousClock.now - start).seconds
        return Measurement(seconds: seconds, latencies: latencies, treeSize: try await store.latestTreeSize())
    }

    /// A synthetic `received` event with a random salt; its body names no one.
    static func event(run: String, client: Int, sequence: Int, using generator: inout some RandomNumberGenerator)
        -> (record: RequestEventRecord, entry: LeafEntry)
    {
        let body = Array(#"{"kind":"received","synthetic":true,"client":\#(client),"sequence":\#(sequence)}"#.utf8)
        let commitment = EventCommitment(event: body, using: &generator)
        let record = RequestEventRecord(
            requestID: "load-\(run)-\(client)", sequence: sequence, kind: EventKind.received.description,
            recordedAt: ISO8601DateFormatter().string(from: Date()), body: body, salt: commitment.salt)
        return (record, LeafEntry(kind: .received, commitment: commitment.value))
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}
