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
