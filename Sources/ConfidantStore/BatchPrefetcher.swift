import Foundation

/// Runs a batch producer on its own thread, one or two batches ahead of the consumer.
///
/// An import has stages that each want a core: producing patients (parsing and
/// validating a file, or generating synthetic ones), turning them into rows, and
/// writing the database. The consumer calls ``next()``; meanwhile this thread is
/// already producing the following batch.
public final class BatchPrefetcher<Batch>: @unchecked Sendable {
    // @unchecked: every mutable field below is read and written only while holding `condition`.
    private let condition = NSCondition()
    private var ready: [Batch] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private let depth: Int

    /// Starts producing at once.
    ///
    /// - Parameters:
    ///   - depth: how many batches may wait ready.
    ///   - produce: returns the next batch, `nil` at the end, or throws; called only on the producer thread.
    public init(depth: Int = 2, produce: @escaping @Sendable () throws -> Batch?) {
        self.depth = depth
        let thread = Thread { [self] in self.run(produce) }
        thread.name = "confidant.prefetch"
        thread.start()
    }

    deinit {
        cancel()
    }

    /// The next batch, waiting for it if need be; `nil` after the last one.
    ///
    /// - Throws: the producer's error, in order: batches produced before it come first.
    public func next() throws -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished {
            condition.wait()
        }
        if !ready.isEmpty {
            let batch = ready.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the producer after its current batch.
    public func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func run(_ produce: () throws -> Batch?) {
        while true {
            condition.lock()
            while ready.count >= depth && !cancelled {
                condition.wait()
            }
            let stop = cancelled
            condition.unlock()
            if stop { return }
            let batch: Batch?
            var error: (any Error)?
            do {
                batch = try produce()
            } catch let caught {
                batch = nil
                error = caught
            }
            condition.lock()
            if let batch {
                ready.append(batch)
            } else {
                finished = true
                failure = error
            }
            condition.broadcast()
            condition.unlock()
            if batch == nil { return }
        }
    }
}
