/// Batches handed to an import's writer one at a time, made ready ahead of it on other threads.
///
/// ``OrderedBatchWorkers`` runs several producers in parallel and hands their batches back in
/// order; ``BatchPrefetcher`` is one of them, a batch or two ahead. A store's import loop
/// reads either through this protocol (``PatientBatchSource/prepared(_:)``).
public protocol BatchStream<Batch>: AnyObject, Sendable {
    associatedtype Batch

    /// The next batch, waiting for it if need be; `nil` after the last one.
    ///
    /// - Throws: what producing it threw, in order: batches before the failure come first.
    func next() throws -> Batch?

    /// Stops producing; batches in progress are finished and dropped.
    func cancel()
}
