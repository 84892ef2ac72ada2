import ConfidantCore
import ConfidantStore
import Dispatch
import Foundation
import Synchronization

/// Feeds a ``SyntheticRegistry`` to a store's import, batch by batch.
///
/// Each batch is generated on every core at once (patients are index-addressable,
/// so halves of a batch are independent), which keeps generation well ahead of
/// the database writer.
public final class SyntheticPatientSource: PatientBatchSource {
    private let registry: SyntheticRegistry
    private let count: Int
    private let batchSize: Int
    private let next = Mutex(0)

    /// - Parameters:
    ///   - registry: the generator.
    ///   - count: how many patients (indices `0..<count`).
    ///   - batchSize: patients per batch.
    public init(registry: SyntheticRegistry, count: Int, batchSize: Int = 10_000) {
        self.registry = registry
        self.count = count
        self.batchSize = batchSize
    }

    public func nextBatch() throws -> [Patient]? {
        let range: Range<Int>? = next.withLock { start in
            guard start < count else { return nil }
            let end = min(start + batchSize, count)
            defer { start = end }
            return start..<end
        }
        guard let range else { return nil }
        return Self.generate(registry, range)
    }

    /// Generates `range` split across the available cores, in index order.
    static func generate(_ registry: SyntheticRegistry, _ range: Range<Int>) -> [Patient] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, range.count / 1_000))
        guard parts > 1 else { return registry.patients(in: range) }
        let chunk = (range.count + parts - 1) / parts
        let results = Mutex([[Patient]](repeating: [], count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let start = range.lowerBound + part * chunk
            let slice = registry.patients(in: start..<min(start + chunk, range.upperBound))
            results.withLock { $0[part] = slice }
        }
        return results.withLock { $0.flatMap { $0 } }
    }
}

