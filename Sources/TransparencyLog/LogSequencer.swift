import Synchronization

/// Gives concurrent appends consecutive leaf indices, commits them in batches (one
/// durable write per batch), and signs a checkpoint after each batch.
///
/// Group commit: while one batch is being committed, new appends queue, and the next
/// batch takes all of them. A lone append is committed at once; under load, batches
/// grow until one commit carries thousands of entries. ``append(_:entry:)`` returns
/// only when its batch is durable, so an acknowledged append is never lost.
///
/// Run ``run()`` for as long as appends may arrive (the server runs it as a service);
/// ``finish()`` lets it commit what is queued and return.
public final class LogSequencer<Storage: LogStorage>: Sendable {
    /// Where an appended entry landed.
    public struct Position: Sendable, Hashable {
        /// The entry's leaf index.
        public let index: UInt64
        /// The first checkpoint that contains it, signed.
        public let checkpoint: SignedNote
    }

    private struct Pending: Sendable {
        let record: Storage.Record
        let entry: [UInt8]
        let continuation: CheckedContinuation<Position, any Error>
    }

    private struct Queue: ~Copyable {
        var pending: [Pending] = []
        var finished = false
    }

    private let storage: Storage
    private let sealer: LogSealer
    private let maximumBatch: Int
    private let queue = Mutex(Queue())
    private let wakeups: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    /// - Parameters:
    ///   - storage: the database the batches are committed to.
    ///   - sealer: the log's origin and signing key.
    ///   - maximumBatch: the most entries one commit carries.
    public init(storage: Storage, sealer: LogSealer, maximumBatch: Int = 4096) {
        self.storage = storage
        self.sealer = sealer
        self.maximumBatch = max(1, maximumBatch)
        (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Appends one entry with its record and waits until both are durable.
    ///
    /// - Throws: the store's error if the batch failed (then neither the record nor the
    ///   entry is stored), or ``TransparencyLogError/Code/storageFailure`` after ``finish()``.
    public func append(_ record: Storage.Record, entry: LeafEntry) async throws -> Position {
        try await withCheckedThrowingContinuation { continuation in
            let accepted = queue.withLock { queue in
                guard !queue.finished else { return false }
                queue.pending.append(Pending(record: record, entry: entry.bytes, continuation: continuation))
                return true
            }
            guard accepted else {
                continuation.resume(throwing: TransparencyLogError.storageFailure("the log is shutting down"))
                return
            }
            wake.yield()
        }
    }

    /// Commits batches until ``finish()`` is called or the task is cancelled, then
    /// commits whatever is still queued and returns.
    public func run() async {
        for await _ in wakeups { await drain() }
        queue.withLock { $0.finished = true }
        await drain()
    }

    /// Stops accepting appends; ``run()`` returns once the queue is committed.
    public func finish() {
        queue.withLock { $0.finished = true }
        wake.finish()
    }

    private func drain() async {
        while true {
            let batch = queue.withLock { queue in
                let count = min(queue.pending.count, maximumBatch)
                let batch = Array(queue.pending.prefix(count))
                queue.pending.removeFirst(count)
                return batch
            }
            guard !batch.isEmpty else { return }
            let entries = batch.map(\.entry)
            let sealer = self.sealer
            do {
                let sealed = try await storage.commit(batch.map(\.record)) { size, tiles in
                    try sealer.seal(entries: entries, treeSize: size, tiles: tiles)
                }
                for (offset, item) in batch.enumerated() {
                    item.continuation.resume(
                        returning: Position(index: sealed.firstIndex + UInt64(offset), checkpoint: sealed.checkpoint))
                }
            } catch {
                for item in batch { item.continuation.resume(throwing: error) }
            }
        }
    }
}
