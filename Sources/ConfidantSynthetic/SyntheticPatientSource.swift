import ConfidantCore
import ConfidantStore
import Synchronization

/// Feeds a ``SyntheticRegistry`` to a store's import, batch by batch.
///
/// Batches are generated on a thread of their own (``ConfidantStore/BatchPrefetcher``),
/// ahead of the database writer, so generation and writing each have a core.
public final class SyntheticPatientSource: PatientBatchSource {
    private let prefetcher: BatchPrefetcher<[Patient]>

    /// - Parameters:
    ///   - registry: the generator.
    ///   - count: how many patients (indices `0..<count`).
    ///   - batchSize: patients per batch.
    public init(registry: SyntheticRegistry, count: Int, batchSize: Int = 10_000) {
        let next = Mutex(0)
        prefetcher = BatchPrefetcher {
            let range: Range<Int>? = next.withLock { start in
                guard start < count else { return nil }
                let end = min(start + batchSize, count)
                defer { start = end }
                return start..<end
            }
            return range.map { registry.patients(in: $0) }
        }
    }

    public func nextBatch() throws -> [Patient]? {
        try prefetcher.next()
    }
}
