import ConfidantStore

/// Collects an import's `blocking_key` rows and hands them back in primary-key order.
///
/// Filing the keys as they come means millions of inserts at random places in the
/// B-tree; filing them in key order at the end lets SQLite append to it. The rows
/// used to be staged in a temporary table and sorted by SQLite, but that sort cost
/// more than the rest of a seed's writing put together (see `docs/performance.md`).
/// Here runs of ``runCapacity`` rows are sorted on another thread (``RunSpiller``), the
/// first ``defaultKeptRuns`` kept in memory and the rest written to an unlinked scratch
/// file, and ``drain(cutAt:prepare:groupSize:each:)`` merges them, so memory stays bounded however many patients an
/// import has.
final class BlockingKeySorter {
    /// One `blocking_key` row, ordered as the table's primary key `(key, nhs_number)`.
    struct Row: Hashable, Comparable, Sendable {
        var key: Int64
        var nhsNumber: Int64

        static func < (lhs: Row, rhs: Row) -> Bool {
            lhs.key != rhs.key ? lhs.key < rhs.key : lhs.nhsNumber < rhs.nhsNumber
        }
    }

    /// Rows a run: 1 Mi rows, 16 MiB. Full runs are sorted on the spill thread, but the last
    /// one is sorted by ``drain(cutAt:prepare:groupSize:each:)`` on the writer while nothing else runs, so a run is
    /// kept small: the merge's extra cost for more runs is far less than that wait.
    static let defaultRunCapacity = 1 << 20

    /// Sorted runs kept in memory before the rest spill: 16 runs, 256 MiB, about the keys of
    /// 1,400,000 patients (11.5 a patient).
    static let defaultKeptRuns = 16

    private let runCapacity: Int
    private var run: [Row] = []
    private let spiller: RunSpiller

    /// - Parameters:
    ///   - runCapacity: rows a run.
    ///   - keptRuns: full runs kept in memory; those after them are written to a scratch file.
    init(runCapacity: Int = defaultRunCapacity, keptRuns: Int = defaultKeptRuns) {
        self.runCapacity = runCapacity
        spiller = RunSpiller(keptRuns: keptRuns)
    }

    /// Adds one row.
    ///
    /// - Throws: ``ConfidantStore/StoreError`` (`unavailable`) if a full run cannot be written to the scratch file.
    func append(key: Int64, nhsNumber: Int64) throws {
        try append(keys: CollectionOfOne(key), nhsNumber: nhsNumber)
    }

    /// Adds one patient's rows, a row a key.
    ///
    /// One call a patient rather than one a key: each call on this class checks, at run time,
    /// that nothing else is using `run`, and an import adds about twelve rows a patient.
    ///
    /// - Throws: as ``append(key:nhsNumber:)``.
    func append(keys: some Collection<Int64>, nhsNumber: Int64) throws {
        // The run is taken out of the class for the loop and put back after: each access to
        // `self.run` inside it was a run-time exclusivity check, two a key.
        var run: [Row] = []
        swap(&run, &self.run)
        defer { swap(&run, &self.run) }
        if run.isEmpty { run.reserveCapacity(min(runCapacity, 1 << 16)) }
        for key in keys {
            run.append(Row(key: key, nhsNumber: nhsNumber))
            if run.count >= runCapacity { try spill(&run) }
        }
    }

    /// Calls `body` with every row added, in ascending order, each distinct row once, in
    /// groups made by `prepare` from consecutive rows; then forgets them.
    ///
    /// The runs are merged, and each group prepared, on a thread of their own, a group ahead
    /// of `body`: the import's writer calls this once the patients are written, when nothing
    /// else is left for the other core to do.
    ///
    /// - Parameters:
    ///   - boundary: groups are cut only between rows where it changes (a bucket), so a group
    ///     holds all the rows of each of its buckets.
    ///   - prepare: makes a group of rows, on the merge thread.
    ///   - groupSize: rows a group at least, but the last.
    /// - Throws: what `body` throws, or ``ConfidantStore/StoreError`` (`unavailable`) if the scratch file fails.
    func drain<Group: Sendable>(
        cutAt boundary: @escaping @Sendable (Row) -> Int64, prepare: @escaping @Sendable ([Row]) -> Group,
        groupSize: Int = 1 << 14, each body: (Group) throws -> Void
    ) throws {
        Self.sortRun(&run)
        var cursors = [RunCursor(memory: run)]
        run = []
        let (memory, scratch, spilled) = try spiller.finish()
        cursors += memory.map { RunCursor(memory: $0) }
        if let scratch {
            cursors += spilled.map { RunCursor(file: scratch, rows: $0) }
        }
        if cursors.count >= Self.pairedMergeRuns {
            try Self.drain(DistinctRows(try PairedMerge(cursors)), cutAt: boundary, prepare, groupSize, body)
        } else {
            try Self.drain(DistinctRows(try RunMerge(cursors)), cutAt: boundary, prepare, groupSize, body)
        }
    }

    /// Hands `body` the groups of `merged`, each cut and prepared on a thread of its own.
    private static func drain<Source, Group: Sendable>(
        _ merged: DistinctRows<Source>, cutAt boundary: @escaping @Sendable (Row) -> Int64,
        _ prepare: @escaping @Sendable ([Row]) -> Group, _ groupSize: Int, _ body: (Group) throws -> Void
    ) throws {
        let groups = BatchPrefetcher { try merged.next(upTo: groupSize, cutAt: boundary).map(prepare) }
        defer { groups.cancel() }
        while let group = try groups.next() { try body(group) }
    }

    /// Hands the full `run` to the spiller and starts a new one in its place.
    private func spill(_ run: inout [Row]) throws {
        // The full run moves to the spiller, which sorts it (``sortRun(_:)``); appends go on in a new buffer.
        var full: [Row] = []
        swap(&full, &run)
        try spiller.submit(consume full)
        run.reserveCapacity(runCapacity)
    }
}
