import ConfidantStore
import Foundation
import Synchronization
import Testing

/// One producer on its own thread, ahead of the consumer.
@Suite struct BatchPrefetcherTests {
    struct Failure: Error, Equatable {}

    @Test func handsOverEveryBatchThenTheFailureInOrder() throws {
        let produced = Mutex(0)
        let prefetcher = BatchPrefetcher { () throws -> Int? in
            try produced.withLock { count in
                count += 1
                if count == 6 { throw Failure() }
                return count
            }
        }
        var batches: [Int] = []
        #expect(throws: Failure()) {
            while let batch = try prefetcher.next() { batches.append(batch) }
        }
        #expect(batches == [1, 2, 3, 4, 5])
        #expect(try prefetcher.next() == nil)
    }

    /// At most `depth` batches wait ready, plus the one being produced; a cancelled
    /// prefetcher hands over nothing more (and does not wait for a batch that never comes).
    @Test func staysAtMostDepthAheadAndStopsWhenCancelled() throws {
        let produced = Mutex(0)
        let prefetcher = BatchPrefetcher(depth: 2) { () -> Int? in
            produced.withLock { count in
                count += 1
                return count
            }
        }
        #expect(try prefetcher.next() == 1)
        usleep(50_000)
        #expect(produced.withLock { $0 } <= 4)
        prefetcher.cancel()
        #expect(try prefetcher.next() == nil)
    }
}
