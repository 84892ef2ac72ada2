import Foundation

/// Takes jobs one at a time, in order, works on several at once on threads of its own, and
/// hands the results back in the order the jobs were taken.
///
/// For an import whose input can be cut into independent pieces (a CSV file into chunks of
/// whole records): taking a piece is cheap and sequential, decoding and preparing it is the
/// expensive part, and the writer needs the batches in file order, so that the first error
/// reported is the first in the file and a patient repeated later in the file merges into
/// the earlier record. With one thread a stage, the stages' costs add up on whichever core
/// runs the slowest; here every core can decode and prepare.
///
/// At most `depth` jobs are taken and not yet handed back, which bounds memory.
public final class OrderedBatchWorkers<Output>: BatchStream, @unchecked Sendable {
    // @unchecked: every mutable field below is read and written only while holding
    // `condition`; `take` is called only while holding `taking`.
    private let condition = NSCondition()
    private let taking = NSLock()
    /// Results not yet handed back, by job number.
    private var results: [Int: Result<Output, any Error>] = [:]
    /// The number the next job taken gets.
    private var taken = 0
    /// The number of the next result to hand back.
    private var delivered = 0
    /// The job number after the last one: set when `take` runs out or a job fails.
    private var end: Int?
    private var cancelled = false
    private let depth: Int

    /// Starts the workers at once.
    ///
    /// - Parameters:
    ///   - workers: threads working at once.
    ///   - depth: jobs taken and not yet handed back, at most; at least `workers`.
    ///   - take: the next job, `nil` when there are no more; called by one worker at a time,
    ///     in order. What it throws is handed back in its place, after every earlier result.
    ///   - work: turns a job into its result, on the worker that took it; what it throws is
    ///     handed back in the result's place, and no job after it is handed back.
    public init<Job>(
        workers: Int, depth: Int,
        take: @escaping @Sendable () throws -> Job?,
        work: @escaping @Sendable (Job) throws -> Output
    ) {
        precondition(workers > 0 && depth >= workers)
        self.depth = depth
        for index in 0..<workers {
            let thread = Thread { [self] in self.run(take: take, work: work) }
            thread.name = "confidant.worker.\(index)"
            thread.start()
        }
    }

    deinit {
        cancel()
    }

    public func next() throws -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while results[delivered] == nil && !isOver(delivered) {
            condition.wait()
        }
        // Over: cancelled, or past the last job or the first failure (results taken after it are dropped).
        guard !isOver(delivered), let result = results.removeValue(forKey: delivered) else { return nil }
        delivered += 1
        condition.broadcast()
        return try result.get()
    }

    public func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether job `number` will never have a result; call holding `condition`.
    private func isOver(_ number: Int) -> Bool {
        cancelled || end.map { number >= $0 } ?? false
    }

    private func run<Job>(take: () throws -> Job?, work: (Job) throws -> Output) {
        while let (number, job) = nextJob(take) {
            let result: Result<Output, any Error>
            switch job {
            case .success(let job?): result = Result { try work(job) }
            case .success(nil): return
            case .failure(let error): result = .failure(error)
            }
            condition.lock()
            results[number] = result
            if case .failure = result { end = min(end ?? .max, number + 1) }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Waits for room, then takes the next job and its number; `nil` once the jobs are over.
    private func nextJob<Job>(_ take: () throws -> Job?) -> (Int, Result<Job?, any Error>)? {
        taking.lock()
        defer { taking.unlock() }
        condition.lock()
        while !isOver(taken) && taken - delivered >= depth {
            condition.wait()
        }
        guard !isOver(taken) else {
            condition.unlock()
            return nil
        }
        let number = taken
        taken += 1
        condition.unlock()
        let job = Result { try take() }
        if case .success(nil) = job {
            condition.lock()
            end = min(end ?? .max, number)
            condition.broadcast()
            condition.unlock()
        }
        return (number, job)
    }
}
