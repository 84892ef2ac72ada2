import ConfidantStore
import Foundation
import Synchronization
import Testing

/// Jobs taken in order, worked on in parallel, results handed back in order.
@Suite struct OrderedBatchWorkersTests {
    struct Failure: Error, Equatable {
        var job: Int
    }

    /// Jobs 0..<count, taken one at a time.
    final class Jobs: Sendable {
        let next = Mutex(0)
        let count: Int
        let failAt: Int?
        init(count: Int, failAt: Int? = nil) {
            self.count = count
            self.failAt = failAt
        }
        func take() throws -> Int? {
            try next.withLock { next in
                guard next < count else { return nil }
                defer { next += 1 }
                if next == failAt { throw Failure(job: next) }
                return next
            }
        }
    }

    /// Later jobs finish first (earlier ones sleep longer), yet come back in order.
    @Test(arguments: [1, 2, 4])
    func resultsComeBackInTheOrderJobsWereTaken(workers: Int) throws {
        let jobs = Jobs(count: 60)
        let stream = OrderedBatchWorkers(
            workers: workers, depth: workers + 2, take: { try jobs.take() },
            work: { job in
                usleep(UInt32((60 - job) % 7) * 300)
                return job * 10
            })
        defer { stream.cancel() }
        var results: [Int] = []
        while let result = try stream.next() { results.append(result) }
        #expect(results == (0..<60).map { $0 * 10 })
        #expect(try stream.next() == nil)
    }

    @Test func aFailedJobComesAfterEveryEarlierResultAndEndsTheStream() throws {
        let stream = OrderedBatchWorkers(
            workers: 3, depth: 5, take: { try Jobs(count: 0).take() ?? 0 },
            work: { (job: Int) -> Int in throw Failure(job: job) })
        defer { stream.cancel() }
        #expect(throws: Failure(job: 0)) { try stream.next() }

        let jobs = Jobs(count: 50)
        let failing = OrderedBatchWorkers(
            workers: 3, depth: 5, take: { try jobs.take() },
            work: { job in
                if job == 20 { throw Failure(job: job) }
                return job
            })
        defer { failing.cancel() }
        var results: [Int] = []
        #expect(throws: Failure(job: 20)) {
            while let result = try failing.next() { results.append(result) }
        }
        #expect(results == Array(0..<20))
        #expect(try failing.next() == nil)
    }

    @Test func aTakeThatThrowsIsHandedBackInItsPlace() throws {
        let jobs = Jobs(count: 50, failAt: 12)
        let stream = OrderedBatchWorkers(workers: 2, depth: 4, take: { try jobs.take() }, work: { $0 })
        defer { stream.cancel() }
        var results: [Int] = []
        #expect(throws: Failure(job: 12)) {
            while let result = try stream.next() { results.append(result) }
        }
        #expect(results == Array(0..<12))
    }

    /// No more than `depth` jobs are taken ahead of what the consumer has received.
    @Test func takesAtMostDepthJobsAhead() throws {
        let jobs = Jobs(count: 1_000)
        let stream = OrderedBatchWorkers(workers: 2, depth: 3, take: { try jobs.take() }, work: { $0 })
        defer { stream.cancel() }
        #expect(try stream.next() == 0)
        usleep(50_000)
        #expect(jobs.next.withLock { $0 } <= 4)
        stream.cancel()
        #expect(try stream.next() == nil)
    }
}
