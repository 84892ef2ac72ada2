import ConfidantCore
import Synchronization

/// Supplies patients to an import, batch by batch, so a registry of any size
/// streams through memory.
///
/// A source may block briefly (it reads a file); stores call it from their own
/// writer context. Throwing from ``nextBatch()`` aborts the import and the store
/// rolls back everything it wrote, so a failed import changes nothing.
public protocol PatientBatchSource: Sendable {
    /// The next batch of validated patients, or `nil` when the source is exhausted.
    ///
    /// - Throws: whatever is wrong with the input; the message must be safe to show.
    func nextBatch() throws -> [Patient]?

    /// The source's batches with `prepare` applied to each, in the source's order, made ready
    /// ahead of the caller on threads of the source's choosing.
    ///
    /// A store's import turns each batch into what its writer needs (table rows, trace keys)
    /// here. The default runs ``nextBatch()`` and `prepare` on one thread a batch or two
    /// ahead (``BatchPrefetcher``). A source that can read its input in parallel does better:
    /// `RegistryCSVSource` decodes and prepares several batches at once, each on the
    /// thread that decoded it, so a batch's patients are prepared while still in that
    /// core's cache.
    ///
    /// A source is read once, through this or through ``nextBatch()``, not both.
    ///
    /// - Parameter prepare: runs on a producing thread, once for each batch.
    /// - Returns: the prepared batches; ``BatchStream/next()`` throws what the source threw.
    func prepared<Prepared: Sendable>(_ prepare: @escaping @Sendable ([Patient]) -> Prepared)
        -> any BatchStream<Prepared>
}

extension PatientBatchSource {
    public func prepared<Prepared: Sendable>(_ prepare: @escaping @Sendable ([Patient]) -> Prepared)
        -> any BatchStream<Prepared>
    {
        BatchPrefetcher { try self.nextBatch().map(prepare) }
    }
}

/// A source over patients already in memory, in batches of `batchSize`.
public final class ArrayPatientSource: PatientBatchSource {
    private let batches: [[Patient]]
    private let cursor = Mutex(0)

    public init(_ patients: [Patient], batchSize: Int = 5_000) {
        self.batches = stride(from: 0, to: patients.count, by: batchSize).map {
            Array(patients[$0..<min($0 + batchSize, patients.count)])
        }
    }

    public func nextBatch() throws -> [Patient]? {
        cursor.withLock { index in
            guard index < batches.count else { return nil }
            defer { index += 1 }
            return batches[index]
        }
    }
}
