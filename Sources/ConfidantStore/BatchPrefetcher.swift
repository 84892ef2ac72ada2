/// Runs a batch producer on its own thread, one or two batches ahead of the consumer.
///
/// An import has stages that each want a core: producing patients (parsing and
/// validating a file, or generating synthetic ones), turning them into rows, and
/// writing the database. The consumer calls ``next()``; meanwhile this thread is
/// already producing the following batch.
///
/// It is ``OrderedBatchWorkers`` with one worker whose work is the producing itself: one
/// hand-over between threads, written once.
public final class BatchPrefetcher<Batch>: BatchStream {
    private let worker: OrderedBatchWorkers<Batch>

    /// Starts producing at once.
    ///
    /// - Parameters:
    ///   - depth: how many batches may wait ready.
    ///   - produce: returns the next batch, `nil` at the end, or throws; called only on the producer thread.
    public init(depth: Int = 2, produce: @escaping @Sendable () throws -> Batch?) {
        // One more than `depth`: the worker's bound counts the batch being produced too.
        worker = OrderedBatchWorkers(workers: 1, depth: depth + 1, take: produce, work: { $0 })
    }

    /// A prefetcher dropped before its last batch stops producing: its thread holds the
    /// worker, not this.
    deinit {
        cancel()
    }

    /// The next batch, waiting for it if need be; `nil` after the last one.
    ///
    /// - Throws: the producer's error, in order: batches produced before it come first.
    public func next() throws -> Batch? {
        try worker.next()
    }

    /// Stops the producer after its current batch.
    public func cancel() {
        worker.cancel()
    }
}
