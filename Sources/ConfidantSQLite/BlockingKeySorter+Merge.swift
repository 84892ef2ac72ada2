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
    struct RunMerge {
        private var cursors: [RunCursor]
        /// Indices of the cursors that still have a row, as a heap ordered by their current rows.
        private var heap: [Int] = []

        init(_ cursors: [RunCursor]) throws {
            self.cursors = cursors
            for index in self.cursors.indices {
                try self.cursors[index].start()
                if self.cursors[index].current != nil { heap.append(index) }
            }
            for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        }

        /// The smallest row not yet returned, or `nil` when every run is exhausted.
        mutating func next() throws -> Row? {
            guard let top = heap.first, let row = cursors[top].current else { return nil }
            try cursors[top].advance()
            if cursors[top].current == nil {
                let last = heap.removeLast()
                guard !heap.isEmpty else { return row }
                heap[0] = last
            }
            siftDown(0)
            return row
        }

        private func less(_ lhs: Int, _ rhs: Int) -> Bool {
            guard let left = cursors[heap[lhs]].current, let right = cursors[heap[rhs]].current else { return false }
            return left < right
        }

        private mutating func siftDown(_ start: Int) {
            var parent = start
            while true {
                var smallest = parent
                let left = 2 * parent + 1
                if left < heap.count, less(left, smallest) { smallest = left }
                if left + 1 < heap.count, less(left + 1, smallest) { smallest = left + 1 }
                if smallest == parent { return }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }

    /// The merge's rows with repeats dropped, a block at a time, for ``drain(_:)``'s merge thread.
    final class DistinctRows: @unchecked Sendable {
        // @unchecked: created by the caller of `drain`, then used only on the merge thread.
        private var merge: RunMerge
        private var previous: Row?

        init(_ merge: RunMerge) {
            self.merge = merge
        }

        /// The next `limit` distinct rows at most; `nil` when the merge is exhausted.
        func next(upTo limit: Int) throws -> [Row]? {
            var block: [Row] = []
            block.reserveCapacity(limit)
            while block.count < limit, let row = try merge.next() {
                if row != previous { block.append(row) }
                previous = row
            }
            return block.isEmpty ? nil : block
        }
    }
}
