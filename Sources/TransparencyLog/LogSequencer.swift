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

    /// One caller's entries: committed together, in one batch, or not at all.
    private struct Pending: Sendable {
        let records: [Storage.Record]
        let entries: [[UInt8]]
        let continuation: CheckedContinuation<[Position], any Error>
    }

    private struct Queue: ~Copyable {
        var pending: [Pending] = []
        var finished = false
    }

    private let storage: Storage
    /// The log's origin and signing key.
    public let sealer: LogSealer
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
        let positions = try await append([(record, entry)])
        return positions[0]
    }

    /// Appends several entries with their records as one unit, at consecutive indices in
    /// one batch, and waits until all are durable: either all are stored or none is.
    ///
    /// A request's first events (received, traced, decided) go in together this way, so
    /// the log never holds a request that arrived but was never decided.
    ///
    /// - Throws: as ``append(_:entry:)``.
    public func append(_ items: [(record: Storage.Record, entry: LeafEntry)]) async throws -> [Position] {
        guard !items.isEmpty else { return [] }
        return try await withCheckedThrowingContinuation { continuation in
            let pending = Pending(
                records: items.map(\.record), entries: items.map(\.entry.bytes), continuation: continuation)
            let accepted = queue.withLock { queue in
                guard !queue.finished else { return false }
                queue.pending.append(pending)
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

    /// Runs the sequencer while `body` runs, then commits what is queued and stops.
    ///
    /// For commands and tests that append for a while; a server runs ``run()`` as a service.
    public func whileRunning<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.run() }
            do {
                let result = try await body()
                finish()
                try await group.waitForAll()
                return result
            } catch {
                finish()
                try await group.waitForAll()
                throw error
            }
        }
    }

    /// Stops accepting appends; ``run()`` returns once the queue is committed.
    public func finish() {
        queue.withLock { $0.finished = true }
        wake.finish()
    }

    private func drain() async {
        while true {
            let batch = queue.withLock { queue in
                // Whole units only; a unit larger than the maximum goes alone.
                var count = 0
                var entries = 0
                while count < queue.pending.count,
                    count == 0 || entries + queue.pending[count].entries.count <= maximumBatch
                {
                    entries += queue.pending[count].entries.count
                    count += 1
                }
                let batch = Array(queue.pending.prefix(count))
                queue.pending.removeFirst(count)
                return batch
            }
            guard !batch.isEmpty else { return }
            let entries = batch.flatMap(\.entries)
            let sealer = self.sealer
            do {
                let sealed = try await storage.commit(batch.flatMap(\.records)) { size, tiles in
                    try sealer.seal(entries: entries, treeSize: size, tiles: tiles)
                }
                var next = sealed.firstIndex
                for unit in batch {
                    let positions = unit.entries.indices.map { offset in
                        Position(index: next + UInt64(offset), checkpoint: sealed.checkpoint)
                    }
                    next += UInt64(unit.entries.count)
                    unit.continuation.resume(returning: positions)
                }
            } catch {
                for unit in batch { unit.continuation.resume(throwing: error) }
            }
        }
    }
}
