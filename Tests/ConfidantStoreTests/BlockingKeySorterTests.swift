import Testing

@testable import ConfidantSQLite

/// The import's external sort of blocking keys: in memory, and spilled to a scratch file in runs.
@Suite struct BlockingKeySorterTests {
    /// Rows from a fixed pseudo-random sequence, with repeats and negative keys.
    static func rows(_ count: Int) -> [BlockingKeySorter.Row] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return BlockingKeySorter.Row(key: Int64(bitPattern: state) >> 50, nhsNumber: Int64(state >> 60))
        }
    }

    /// Every row the sorter drains, in the order drained, its groups cut at each key.
    static func drained(_ sorter: BlockingKeySorter) throws -> [BlockingKeySorter.Row] {
        var drained: [BlockingKeySorter.Row] = []
        try sorter.drain(cutAt: \.key, prepare: { $0 }, each: { drained += $0 })
        return drained
    }

    /// Runs all in memory, all spilled, and some of each; one run, three (merged at once), four
    /// (merged in two halves, ``BlockingKeySorter/PairedMerge``) and many.
    @Test(arguments: [1_000, 334, 250, 64, 7, 1], [0, 3, 1_000])
    func drainsEveryDistinctRowInOrder(runCapacity: Int, keptRuns: Int) throws {
        let rows = Self.rows(1_000)
        let sorter = BlockingKeySorter(runCapacity: runCapacity, keptRuns: keptRuns)
        for row in rows { try sorter.append(key: row.key, nhsNumber: row.nhsNumber) }
        let drained = try Self.drained(sorter)
        var expected: [BlockingKeySorter.Row] = []
        for row in rows.sorted() where row != expected.last { expected.append(row) }
        #expect(drained == expected)
    }

    /// A patient's keys added at once, runs filling and spilling part-way through a patient.
    @Test func addsAPatientsKeysAtOnce() throws {
        let rows = Self.rows(1_000)
        let sorter = BlockingKeySorter(runCapacity: 7, keptRuns: 3)
        for start in stride(from: 0, to: rows.count, by: 12) {
            let patient = rows[start..<min(start + 12, rows.count)]
            try sorter.append(keys: patient.map(\.key), nhsNumber: Int64(start))
        }
        let drained = try Self.drained(sorter)
        let expected = rows.indices.map { BlockingKeySorter.Row(key: rows[$0].key, nhsNumber: Int64($0 / 12 * 12)) }
        #expect(drained == Array(Set(expected)).sorted())
    }

    /// Groups hold at least their size but the last, never split a boundary's rows, and
    /// together are every distinct row in order.
    @Test(arguments: [1, 10, 2_000])
    func drainsInGroupsCutAtBoundaries(groupSize: Int) throws {
        let rows = Self.rows(1_000)
        let sorter = BlockingKeySorter(runCapacity: 64, keptRuns: 3)
        for row in rows { try sorter.append(key: row.key, nhsNumber: row.nhsNumber) }
        var groups: [[BlockingKeySorter.Row]] = []
        try sorter.drain(cutAt: { $0.key >> 8 }, prepare: { $0 }, groupSize: groupSize, each: { groups.append($0) })
        #expect(groups.flatMap { $0 } == Array(Set(rows)).sorted())
        #expect(groups.dropLast().allSatisfy { $0.count >= groupSize })
        for (earlier, later) in zip(groups, groups.dropFirst()) {
            #expect(earlier.last.map { $0.key >> 8 } != later.first.map { $0.key >> 8 })
        }
    }

    @Test func emptySorterDrainsNothing() throws {
        #expect(try Self.drained(BlockingKeySorter(runCapacity: 4)).isEmpty)
    }

    @Test func ordersAsTheSignedPrimaryKey() throws {
        let sorter = BlockingKeySorter(runCapacity: 2)
        for (key, number) in [(Int64.max, 1), (-1, 2), (Int64.min, 3), (-1, 1), (0, 5)] {
            try sorter.append(key: key, nhsNumber: Int64(number))
        }
        let drained = try Self.drained(sorter)
        #expect(drained.map(\.key) == [Int64.min, -1, -1, 0, Int64.max])
        #expect(drained.map(\.nhsNumber) == [3, 1, 2, 5, 1])
    }

    /// Spilled runs are sorted on another thread and merged on a third; a drain hands over
    /// everything, so a second drain sees only the rows added after the first.
    @Test func aDrainForgetsWhatItDrained() throws {
        let rows = Self.rows(500)
        let sorter = BlockingKeySorter(runCapacity: 16, keptRuns: 4)
        for row in rows[..<300] { try sorter.append(key: row.key, nhsNumber: row.nhsNumber) }
        let first = try Self.drained(sorter)
        for row in rows[300...] { try sorter.append(key: row.key, nhsNumber: row.nhsNumber) }
        let second = try Self.drained(sorter)
        #expect(first == Array(Set(rows[..<300])).sorted())
        #expect(second == Array(Set(rows[300...])).sorted())
    }

    /// A run of more rows than the merge hands over in one block still comes out whole and in order.
    @Test func drainsMoreRowsThanOneMergeBlock() throws {
        let rows = Self.rows(40_000)
        let sorter = BlockingKeySorter(runCapacity: 4_096)
        for row in rows { try sorter.append(key: row.key, nhsNumber: row.nhsNumber) }
        let drained = try Self.drained(sorter)
        #expect(drained == Array(Set(rows)).sorted())
    }
}
