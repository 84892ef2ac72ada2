extension BlockingKeySorter {
    /// Reads one sorted run, from memory or from the scratch file a chunk at a time.
    struct RunCursor {
        private let file: ScratchFile?
        /// Rows of the run still in the file.
        private var remaining: Range<Int>
        private var buffer: [Row]
        private var position = 0

        /// Rows read from the file at a time: 1 MiB.
        private static let chunk = 1 << 16

        init(memory rows: [Row]) {
            file = nil
            remaining = 0..<0
            buffer = rows
        }

        init(file: ScratchFile, rows: Range<Int>) {
            self.file = file
            remaining = rows
            buffer = []
        }

        /// The row under the cursor, `nil` when the run is exhausted.
        var current: Row? { position < buffer.count ? buffer[position] : nil }

        /// Moves to the next row, reading the next chunk when the buffer runs out.
        mutating func advance() throws {
            position += 1
            guard position >= buffer.count, let file, !remaining.isEmpty else { return }
            let next = remaining.prefix(Self.chunk)
            buffer = try file.read(next)
            remaining = next.upperBound..<remaining.upperBound
            position = 0
        }

        /// Loads the first chunk; call once before ``current``.
        mutating func start() throws {
            position = -1
            try advance()
        }
    }

    /// A k-way merge of sorted runs through a binary min-heap of cursors.
    ///
    /// The heap holds each run's current row beside the run's index, so sifting compares rows
    /// where they lie in one array, not through the cursors: the merge runs at the end of an
    /// import, where the writer filing the merged rows waited for it.
    struct RunMerge {
        private struct Head {
            var row: Row
            var run: Int
        }

        private var cursors: [RunCursor]
        /// One head for each run that still has a row, as a heap ordered by row.
        private var heap: [Head] = []

        init(_ cursors: [RunCursor]) throws {
            self.cursors = cursors
            for index in self.cursors.indices {
                try self.cursors[index].start()
                if let row = self.cursors[index].current { heap.append(Head(row: row, run: index)) }
            }
            for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        }

        /// The smallest row not yet returned, or `nil` when every run is exhausted.
        mutating func next() throws -> Row? {
            guard let top = heap.first else { return nil }
            try cursors[top.run].advance()
            if let row = cursors[top.run].current {
                heap[0].row = row
            } else {
                let last = heap.removeLast()
                guard !heap.isEmpty else { return top.row }
                heap[0] = last
            }
            siftDown(0)
            return top.row
        }

        private mutating func siftDown(_ start: Int) {
            heap.withUnsafeMutableBufferPointer { heap in
                var parent = start
                while true {
                    var smallest = parent
                    let left = 2 * parent + 1
                    if left < heap.count, heap[left].row < heap[smallest].row { smallest = left }
                    if left + 1 < heap.count, heap[left + 1].row < heap[smallest].row { smallest = left + 1 }
                    if smallest == parent { return }
                    heap.swapAt(parent, smallest)
                    parent = smallest
                }
            }
        }
    }

    /// The merge's rows with repeats dropped, a block at a time, for ``drain(cutAt:prepare:groupSize:each:)``'s merge thread.
    final class DistinctRows<Source: SortedRowSource>: @unchecked Sendable {
        // @unchecked: created by the caller of `drain`, then used only on the merge thread.
        /// `nil` only while ``next(upTo:cutAt:)`` has it.
        private var merge: Source?
        private var previous: Row?
        /// The row that began the next block, taken from the merge when the last block was cut.
        private var pending: Row?

        init(_ merge: Source) {
            self.merge = merge
        }

        /// The next `limit` distinct rows, and those after them up to where `boundary`
        /// changes; `nil` when the merge is exhausted.
        func next(upTo limit: Int, cutAt boundary: (Row) -> Int64) throws -> [Row]? {
            // The merge and the last row are taken out of the class for the loop: each access to
            // a stored property inside it was a run-time exclusivity check, two a row.
            var merge = self.merge
            self.merge = nil
            var previous = self.previous
            var pending = self.pending
            defer {
                self.merge = merge
                self.previous = previous
                self.pending = pending
            }
            var block: [Row] = []
            block.reserveCapacity(limit + limit / 4)
            if let first = pending {
                block.append(first)
                pending = nil
            }
            while let row = try merge?.next() {
                guard row != previous else { continue }
                previous = row
                if block.count >= limit, let last = block.last, boundary(row) != boundary(last) {
                    pending = row
                    break
                }
                block.append(row)
            }
            return block.isEmpty ? nil : block
        }
    }
}
