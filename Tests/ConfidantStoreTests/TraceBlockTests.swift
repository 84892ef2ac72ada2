import ConfidantStore
import PropertyBased
import Testing

@testable import ConfidantSQLite

/// The packed bucket of blocking-key entries behind the SQLite store's trace index.
@Suite struct TraceBlockTests {
    typealias Entry = TraceBlock.Entry

    static func encoded(_ block: TraceBlock) -> [UInt8] {
        var bytes: [UInt8] = []
        block.encode(into: &bytes)
        return bytes
    }

    static func decoded(_ bytes: [UInt8]) throws -> TraceBlock {
        try bytes.withUnsafeBytes { try TraceBlock(decoding: $0) }
    }

    /// Keys with few distinct values (so pairs collide), both signs, and small NHS numbers.
    static let entry = zip(Gen.int(in: -3...3), Gen.int(in: 1...6)).map { key, nhsNumber in
        Entry(key: Int64(key) << 62 | Int64(key & 7), nhsNumber: Int64(nhsNumber))
    }

    @Test func bucketsAreTheTopBitsAndAscendWithTheKey() {
        #expect(TraceBlock.bucket(of: 0) == 0)
        #expect(TraceBlock.bucket(of: -1) == -1)
        #expect(TraceBlock.bucket(of: .min) == -(1 << 17))
        #expect(TraceBlock.bucket(of: .max) == (1 << 17) - 1)
        #expect(TraceBlock.bucket(of: 1 << 46) == 1)
        #expect(TraceBlock.bucket(of: (1 << 46) - 1) == 0)
    }

    @Test func encodesSixteenLittleEndianBytesAnEntry() throws {
        let block = TraceBlock(entries: [Entry(key: 0x0102, nhsNumber: 9_434_765_919)])
        let bytes = Self.encoded(block)
        #expect(bytes.count == 16)
        #expect(Array(bytes[0..<2]) == [0x02, 0x01])
        #expect(try Self.decoded(bytes).entries == block.entries)
    }

    @Test func findsAKeysPatientsInOrderUpToTheLimit() throws {
        let block = TraceBlock(entries: [
            Entry(key: -5, nhsNumber: 1), Entry(key: 7, nhsNumber: 2), Entry(key: 7, nhsNumber: 3),
            Entry(key: 7, nhsNumber: 9), Entry(key: 8, nhsNumber: 1),
        ])
        let bytes = Self.encoded(block)
        func found(_ key: Int64, limit: Int = 100) throws -> [Int64] {
            try bytes.withUnsafeBytes { try TraceBlock.nhsNumbers(forKey: key, in: $0, limit: limit) }
        }
        #expect(try found(7) == [2, 3, 9])
        #expect(try found(7, limit: 2) == [2, 3])
        #expect(try found(-5) == [1])
        #expect(try found(8) == [1])
        #expect(try found(6).isEmpty)
        #expect(try found(.max).isEmpty)
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
            #expect((try? Self.decoded(Self.encoded(block)))?.entries == block.entries)
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
