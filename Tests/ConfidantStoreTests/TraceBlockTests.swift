import ConfidantStore
import PropertyBased
import Testing

@testable import ConfidantSQLite

/// The packed bucket of blocking-key entries behind the SQLite store's trace index.
@Suite struct TraceBlockTests {
    typealias Entry = TraceBlock.Entry

    static func encoded(_ block: TraceBlock, layout: TraceBlock.Layout = .packed) -> [UInt8] {
        var bytes: [UInt8] = []
        block.encode(into: &bytes, layout: layout)
        return bytes
    }

    static func decoded(_ bytes: [UInt8], bucket: Int64 = 0, layout: TraceBlock.Layout = .packed) throws -> TraceBlock {
        try bytes.withUnsafeBytes { try TraceBlock(decoding: $0, bucket: bucket, layout: layout) }
    }

    /// Keys with few distinct values (so pairs collide), both signs, and small NHS numbers.
    static let entry = zip(Gen.int(in: -3...3), Gen.int(in: 1...6)).map { key, nhsNumber in
        Entry(key: Int64(key) << 62 | Int64(key & 7), nhsNumber: Int64(nhsNumber))
    }

    /// A packed entry's low key bits and NHS number, edges included, few distinct values so pairs collide.
    static let packedPair = zip(Gen.int(in: 0...3), Gen.int(in: 0...4)).map { low, number in
        (
            ([0, 1, 0x1234_5678_9ABC, (1 << 46) - 1] as [Int64])[low],
            ([0, 1, 9_434_765_919, 9_999_999_999, 1 << 33] as [Int64])[number]
        )
    }

    @Test func bucketsAreTheTopBitsAndAscendWithTheKey() {
        #expect(TraceBlock.bucket(of: 0) == 0)
        #expect(TraceBlock.bucket(of: -1) == -1)
        #expect(TraceBlock.bucket(of: .min) == -(1 << 17))
        #expect(TraceBlock.bucket(of: .max) == (1 << 17) - 1)
        #expect(TraceBlock.bucket(of: 1 << 46) == 1)
        #expect(TraceBlock.bucket(of: (1 << 46) - 1) == 0)
    }

    @Test func packsTenBytesAnEntryTheKeysLowBitsFirst() throws {
        // Bucket -3: the key's top 18 bits. 9434765919 is 0x2_325B_1A5F: its low 18 bits
        // (0x3_1A5F) sit above the key's 46, the other 16 (0x8C96) in the last two bytes.
        let key: Int64 = -3 << 46 | 0x0102
        let block = TraceBlock(entries: [Entry(key: key, nhsNumber: 9_434_765_919)])
        let bytes = Self.encoded(block)
        #expect(bytes == [0x02, 0x01, 0x00, 0x00, 0x00, 0xC0, 0x97, 0xC6, 0x96, 0x8C])
        #expect(try Self.decoded(bytes, bucket: -3).entries == block.entries)
    }

    @Test func theWideLayoutIsSixteenLittleEndianBytesAnEntry() throws {
        let block = TraceBlock(entries: [Entry(key: 0x0102, nhsNumber: 9_434_765_919)])
        let bytes = Self.encoded(block, layout: .wide)
        #expect(bytes.count == 16)
        #expect(Array(bytes[0..<2]) == [0x02, 0x01])
        #expect(Array(bytes[8..<13]) == [0x5F, 0x1A, 0x5B, 0x32, 0x02])
        #expect(try Self.decoded(bytes, layout: .wide).entries == block.entries)
    }

    /// Any block of one bucket round-trips packed, and each key finds exactly its patients.
    @Test func packedBlocksRoundTripAndFindEachKeysPatients() async {
        let bucket = Gen.int(in: 0...4).map { ([-(1 << 17), -1, 0, 5, (1 << 17) - 1] as [Int64])[$0] }
        await propertyCheck(count: 300, input: bucket, Self.packedPair.array(of: 1...30)) { bucket, pairs in
            let entries = Set(pairs.map { Entry(key: bucket << 46 | $0.0, nhsNumber: $0.1) })
            let block = TraceBlock(entries: entries.sorted())
            let bytes = Self.encoded(block)
            #expect(bytes.count == block.entries.count * 10)
            #expect((try? Self.decoded(bytes, bucket: bucket))?.entries == block.entries)
            for key in Set(block.entries.map(\.key)) {
                let found = try? bytes.withUnsafeBytes { try TraceBlock.nhsNumbers(forKey: key, in: $0, limit: 100) }
                #expect(found == block.entries.filter { $0.key == key }.map(\.nhsNumber))
            }
        }
    }

    /// A run of the merge grouped by bucket gives each bucket's entries, and encoded, each
    /// bucket's block as ``TraceBlock`` encodes it.
    @Test func aBucketRunGroupsAndEncodesEachBucket() throws {
        let entries = [
            Entry(key: -2 << 46 | 9, nhsNumber: 1), Entry(key: -2 << 46 | 9, nhsNumber: 2),
            Entry(key: 0, nhsNumber: 9_999_999_999), Entry(key: 7 << 46, nhsNumber: 3),
            Entry(key: 7 << 46 | 1, nhsNumber: 3),
        ]
        let run = BucketRun(entries, encodingAs: .packed)
        #expect(run.buckets == [-2, 0, 7])
        #expect(
            run.buckets.indices.map { Array(run.entries($0)) } == [
                Array(entries[0..<2]), [entries[2]], Array(entries[3...]),
            ])
        var blocks: [Int64: [UInt8]] = [:]
        run.forEachBlock { bucket, block, bytes in
            blocks[bucket] = Array(UnsafeRawBufferPointer(start: bytes + Int(block.payload), count: Int(block.length)))
        }
        for index in run.buckets.indices {
            #expect(blocks[run.buckets[index]] == Self.encoded(TraceBlock(entries: Array(run.entries(index)))))
        }
        #expect(BucketRun([], encodingAs: .packed).buckets.isEmpty)
    }

    @Test func findsAKeysPatientsInOrderUpToTheLimit() throws {
        let block = TraceBlock(entries: [
            Entry(key: 5, nhsNumber: 1), Entry(key: 7, nhsNumber: 2), Entry(key: 7, nhsNumber: 3),
            Entry(key: 7, nhsNumber: 9), Entry(key: 8, nhsNumber: 1),
        ])
        let bytes = Self.encoded(block)
        func found(_ key: Int64, limit: Int = 100) throws -> [Int64] {
            try bytes.withUnsafeBytes { try TraceBlock.nhsNumbers(forKey: key, in: $0, limit: limit) }
        }
        #expect(try found(7) == [2, 3, 9])
        #expect(try found(7, limit: 2) == [2, 3])
        #expect(try found(5) == [1])
        #expect(try found(8) == [1])
        #expect(try found(6).isEmpty)
        #expect(try found(4).isEmpty)
        #expect(try found((1 << 46) - 1).isEmpty)
    }

    @Test func aPartialEntryIsCorrupt() throws {
        let bytes = Self.encoded(TraceBlock(entries: [Entry(key: 1, nhsNumber: 2)])) + [0]
        let error = #expect(throws: StoreError.self) { try Self.decoded(bytes) }
        #expect(error?.code == .corrupt)
        #expect(throws: StoreError.self) {
            _ = try bytes.withUnsafeBytes { try TraceBlock.nhsNumbers(forKey: 1, in: $0, limit: 1) }
        }
    }

    @Test func entriesOutOfOrderOrRepeatedAreCorrupt() throws {
        for entries in [
            [Entry(key: 2, nhsNumber: 1), Entry(key: 1, nhsNumber: 1)],
            [Entry(key: 1, nhsNumber: 1), Entry(key: 1, nhsNumber: 1)],
        ] {
            let error = #expect(throws: StoreError.self) {
                try Self.decoded(Self.encoded(TraceBlock(entries: entries)))
            }
            #expect(error?.code == .corrupt)
        }
    }

    /// Merging sorted entries into a block gives the sorted union, each pair once, and it round-trips.
    @Test func mergeIsTheSortedUnion() async {
        await propertyCheck(count: 300, input: Self.entry.array(of: 0...40), Self.entry.array(of: 0...40)) {
            old, new in
            var block = TraceBlock(entries: Array(Set(old)).sorted())
            block.merge(Array(Set(new)).sorted())
            #expect(block.entries == Array(Set(old).union(new)).sorted())
            #expect((try? Self.decoded(Self.encoded(block, layout: .wide), layout: .wide))?.entries == block.entries)
        }
    }

    /// Removing pairs leaves exactly the others; removing one not there changes nothing.
    @Test func removeTakesOutExactlyThePair() async {
        await propertyCheck(count: 300, input: Self.entry.array(of: 0...40), Self.entry.array(of: 0...10)) {
            stored, removed in
            var block = TraceBlock(entries: Array(Set(stored)).sorted())
            for entry in removed { block.remove(entry) }
            #expect(block.entries == Array(Set(stored).subtracting(removed)).sorted())
        }
    }
}
