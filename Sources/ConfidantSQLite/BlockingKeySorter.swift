import ConfidantStore

/// Collects an import's `blocking_key` rows and hands them back in primary-key order.
///
/// Filing the keys as they come means millions of inserts at random places in the
/// B-tree; filing them in key order at the end lets SQLite append to it. The rows
/// used to be staged in a temporary table and sorted by SQLite, but that sort cost
/// more than the rest of a seed's writing put together (see `docs/performance.md`).
/// Here runs of ``runCapacity`` rows are sorted in memory, runs beyond the last are
/// written to an unlinked scratch file, and ``drain(_:)`` merges them, so memory
/// stays bounded however many patients an import has.
final class BlockingKeySorter {
    /// One `blocking_key` row, ordered as the table's primary key `(key, nhs_number)`.
    struct Row: Comparable {
        var key: Int64
        var nhsNumber: Int64

        static func < (lhs: Row, rhs: Row) -> Bool {
            lhs.key != rhs.key ? lhs.key < rhs.key : lhs.nhsNumber < rhs.nhsNumber
        }
    }

    /// Rows sorted in memory at a time: 4 Mi rows, 64 MiB (plus the sort's scratch space).
    static let defaultRunCapacity = 1 << 22

    private let runCapacity: Int
    private var run: [Row] = []
    private var scratch: ScratchFile?
    /// The sorted runs already in the scratch file, as ranges of row positions.
    private var spilled: [Range<Int>] = []

    init(runCapacity: Int = defaultRunCapacity) {
        self.runCapacity = runCapacity
    }

    /// Adds one row.
    ///
    /// - Throws: ``ConfidantStore/StoreError`` (`unavailable`) if a full run cannot be written to the scratch file.
    func append(key: Int64, nhsNumber: Int64) throws {
        if run.isEmpty { run.reserveCapacity(min(runCapacity, 1 << 16)) }
        run.append(Row(key: key, nhsNumber: nhsNumber))
        if run.count >= runCapacity { try spill() }
    }

    /// Calls `body` with every row added, in ascending order, each distinct row once; then forgets them.
    ///
    /// - Throws: what `body` throws, or ``ConfidantStore/StoreError`` (`unavailable`) if the scratch file fails.
    func drain(_ body: (Row) throws -> Void) throws {
        run.sort()
        var cursors = [RunCursor(memory: run)]
        if let scratch {
            cursors += spilled.map { RunCursor(file: scratch, rows: $0) }
        }
        var merge = try RunMerge(cursors)
        var previous: Row?
        while let row = try merge.next() {
            if row != previous { try body(row) }
            previous = row
        }
        run = []
        spilled = []
        scratch = nil
    }

    private func spill() throws {
        run.sort()
        let file = try scratch ?? ScratchFile()
        scratch = file
        let start = file.rowCount
        try file.append(run)
        spilled.append(start..<start + run.count)
        run.removeAll(keepingCapacity: true)
    }
}
