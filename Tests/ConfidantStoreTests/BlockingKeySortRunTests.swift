import PropertyBased
import Testing

@testable import ConfidantSQLite

/// The counting sort that orders each run of blocking-key rows before it is kept or spilled.
@Suite struct BlockingKeySortRunTests {
    typealias Row = BlockingKeySorter.Row

    /// Keys spread over the whole 64-bit range, as hashes are, with repeated rows among them.
    static func spreadRows(_ count: Int) -> [Row] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var previous: Int64 = 0
        return (0..<count).map { index in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Every seventh row repeats the key before it with another NHS number, as one key
            // files several patients.
            let key = index % 7 == 0 ? previous : Int64(bitPattern: state)
            previous = key
            return Row(key: key, nhsNumber: Int64(state >> 40))
        }
    }

    /// Runs large enough to take the counting sort: as `sort()` orders them, for spread keys
    /// and for keys bunched into a few buckets (both signs, the extremes included).
    @Test(arguments: [1_025, 70_000])
    func ordersARunAsTheComparisonSortDoes(count: Int) {
        var spread = Self.spreadRows(count)
        let expected = spread.sorted()
        BlockingKeySorter.sortRun(&spread)
        #expect(spread == expected)

        var bunched = Self.spreadRows(count).map { Row(key: $0.key >> 52, nhsNumber: $0.nhsNumber & 15) }
        bunched += [Row(key: .min, nhsNumber: 2), Row(key: .max, nhsNumber: 1), Row(key: .min, nhsNumber: 1)]
        let bunchedExpected = bunched.sorted()
        BlockingKeySorter.sortRun(&bunched)
        #expect(bunched == bunchedExpected)
    }

    /// Any run, small or past the counting sort's threshold, comes out as `sorted()` gives it.
    @Test func anyRunSortsAsSorted() async {
        let row = zip(Gen.int(in: -4...4), Gen.int(in: 0...3)).map { high, number in
            Row(key: Int64(high) << 60 | Int64(number), nhsNumber: Int64(number))
        }
        await propertyCheck(count: 100, input: row.array(of: 0...3_000)) { rows in
            var sorted = rows
            BlockingKeySorter.sortRun(&sorted)
            #expect(sorted == rows.sorted())
        }
    }

    @Test func bucketsAscendWithTheSignedKey() {
        #expect(BlockingKeySorter.radix(of: .min) == 0)
        #expect(BlockingKeySorter.radix(of: -1) == (1 << 15) - 1)
        #expect(BlockingKeySorter.radix(of: 0) == 1 << 15)
        #expect(BlockingKeySorter.radix(of: .max) == (1 << 16) - 1)
    }
}
