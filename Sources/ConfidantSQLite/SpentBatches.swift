import Synchronization

/// Batches the import's writer has stored, handed back so that another thread frees them.
///
/// A batch of 10,000 patients and their rows is a few hundred thousand strings and
/// arrays. Freeing them on the writer's thread took about a tenth of its time, and
/// the writer is the import's bottleneck; the thread preparing the next batch frees them
/// instead, before it converts it (``release()``).
final class SpentBatches: Sendable {
    private let batches = Mutex<[ConvertedBatch]>([])

    /// Keeps a stored batch alive until ``release()``.
    func keep(_ batch: ConvertedBatch) {
        batches.withLock { $0.append(batch) }
    }

    /// Frees the batches kept so far, on the calling thread.
    func release() {
        let spent = batches.withLock { batches in
            defer { batches = [] }
            return batches
        }
        // The last reference to each batch goes here, so its contents are freed on this thread.
        withExtendedLifetime(spent) {}
    }
}
