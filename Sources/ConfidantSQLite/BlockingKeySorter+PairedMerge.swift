import ConfidantStore

/// Rows in ascending order, repeats possible: what ``BlockingKeySorter/DistinctRows`` reads.
protocol SortedRowSource: SendableMetatype {
    /// The next row, `nil` when there are no more.
    mutating func next() throws -> BlockingKeySorter.Row?
}

extension BlockingKeySorter.RunMerge: SortedRowSource {}

extension BlockingKeySorter {
    /// The runs split in two halves, each merged on a thread of its own a block ahead, and the
    /// two merged streams merged here.
    ///
    /// One thread merging every run was the slowest stage of an import's last second, ahead
    /// of the writer filing its output (`docs/performance.md`); two halves of half the depth
    /// each, and a merge of two that costs one comparison a row, spread that over both cores.
    /// Used once there are ``pairedMergeRuns`` runs: below that a single merge is shallow.
    struct PairedMerge: SortedRowSource {
        private var left: Stream
        private var right: Stream

        init(_ cursors: [RunCursor]) throws {
            let middle = cursors.count / 2
            left = Stream(try RunMerge(Array(cursors[..<middle])))
            right = Stream(try RunMerge(Array(cursors[middle...])))
        }

        mutating func next() throws -> Row? {
            switch (try left.current(), try right.current()) {
            case (let a?, let b?):
                if b < a {
                    right.advance()
                    return b
                }
                left.advance()
                return a
            case (let a?, nil):
                left.advance()
                return a
            case (nil, let b?):
                right.advance()
                return b
            case (nil, nil):
                return nil
            }
        }

        /// One half's merged rows, read a block at a time from its thread.
        private struct Stream {
            private let blocks: BatchPrefetcher<[Row]>
            private var block: [Row] = []
            private var position = 0
            private var finished = false

            init(_ merge: RunMerge) {
                let half = Half(merge)
                blocks = BatchPrefetcher { try half.next(upTo: 1 << 14) }
            }

            /// The row under the cursor, fetching the next block when this one is read; `nil` at the end.
            mutating func current() throws -> Row? {
                if position == block.count, !finished {
                    if let next = try blocks.next() {
                        block = next
                        position = 0
                    } else {
                        finished = true
                    }
                }
                return position < block.count ? block[position] : nil
            }

            mutating func advance() {
                position += 1
            }
        }

        /// One half's merge, run on its prefetcher's thread.
        private final class Half: @unchecked Sendable {
            // @unchecked: made by `PairedMerge.init`, then used only on the prefetcher's thread;
            // the scratch file it may share with the other half is only read, with `pread`.
            private var merge: RunMerge

            init(_ merge: RunMerge) {
                self.merge = merge
            }

            /// Up to `limit` rows, ascending; `nil` when the half is exhausted.
            func next(upTo limit: Int) throws -> [Row]? {
                // Taken out of the class for the loop, as `DistinctRows` does.
                var merge = self.merge
                defer { self.merge = merge }
                var block: [Row] = []
                block.reserveCapacity(limit)
                while block.count < limit, let row = try merge.next() { block.append(row) }
                return block.isEmpty ? nil : block
            }
        }
    }

    /// Runs from which ``drain(cutAt:prepare:groupSize:each:)`` merges in two halves (``PairedMerge``).
    static let pairedMergeRuns = 4
}
