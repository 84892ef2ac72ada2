import ConfidantCore
import ConfidantStore
import Synchronization

/// A source that yields some batches and then fails, as a file with a bad row
/// part way through does. Stores must roll back what the earlier batches wrote.
public final class FailingPatientSource: PatientBatchSource {
    private let remaining: Mutex<[[Patient]]>
    private let failure: any Error & Sendable

    public init(batches: [[Patient]], failure: any Error & Sendable) {
        self.remaining = Mutex(batches)
        self.failure = failure
    }

    public func nextBatch() throws -> [Patient]? {
        let batch: [Patient]? = remaining.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        guard let batch else { throw failure }
        return batch
    }
}
