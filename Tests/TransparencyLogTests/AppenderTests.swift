import Testing
import TransparencyLog

@Suite("The pure appender")
struct AppenderTests {
    static func entries(_ count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            Array("event-\(seed)-\(index)-".utf8)
                + (0..<Int.random(in: 0...40, using: &random)).map { _ in
                    UInt8.random(in: 0...255, using: &random)
                }
        }
    }

    @Test(
        "Random batch sizes give the same tiles and roots as one batch",
        arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomBatches(seed: UInt64) async throws {
        var random = SeededGenerator(seed: seed)
        let total = Int.random(in: 600...3000, using: &random)
        let entries = Self.entries(total, seed: seed)
        let tree = MerkleTree(entries: entries)

        var batched = LogFixture()
        while batched.size < UInt64(total) {
            let count = min(total - Int(batched.size), Int.random(in: 0...600, using: &random))
            let before = batched.size
            let result = try batched.append(Array(entries[Int(before)..<(Int(before) + count)]))
            #expect(result.oldSize == before)
            #expect(result.newSize == before + UInt64(count))
            #expect(result.leafHashes == tree.leafHashes[Int(before)..<(Int(before) + count)].map { $0 })
            #expect(result.rootHash == (try tree.rootHash(size: result.newSize)))
            #expect(Set(result.tiles.map(\.tile)) == Set(TileLayout.newTiles(from: before, to: result.newSize)))
            #expect(result.tiles.map(\.tile) == result.tiles.map(\.tile).sorted())
        }

        var once = LogFixture()
        let result = try once.append(entries)
        #expect(result.rootHash == tree.rootHash)
        let layout = TileLayout(treeSize: UInt64(total))
        let finalTiles = layout.levels.flatMap { layout.tiles(level: $0.level) }
        let finalBundles = layout.tiles(level: 0).compactMap(\.entryBundle)
        for tile in finalTiles + finalBundles {
            #expect(batched.store[tile] != nil, "\(tile)")
            #expect(batched.store[tile] == once.store[tile], "\(tile)")
        }
        #expect(
            await TileAudit.verify(treeSize: UInt64(total), rootHash: tree.rootHash, tiles: batched.store) == .valid)
    }

    @Test func anAppendReadsOnlyTheRightEdge() throws {
        #expect(LogAppender(treeSize: 0).requiredTiles.isEmpty)
        #expect(LogAppender(treeSize: 256).requiredTiles.map(\.path) == ["tile/1/000.p/1"])
        #expect(
            LogAppender(treeSize: 70_000).requiredTiles.map(\.path) == [
                "tile/entries/273.p/112", "tile/0/273.p/112", "tile/1/001.p/17", "tile/2/000.p/1",
            ]
        )
    }

    @Test func anEmptyBatchChangesNothing() throws {
        var fixture = LogFixture()
        try fixture.append(Self.entries(300, seed: 9))
        let result = try fixture.append([])
        #expect(result.tiles.isEmpty)
        #expect(result.leafHashes.isEmpty)
        #expect(result.newSize == 300)
        #expect(result.rootHash == fixture.roots[300])
    }

    @Test func theAsyncAppendReadsThroughATileReader() async throws {
        var fixture = LogFixture()
        try fixture.append(Self.entries(257, seed: 10))
        let result = try await LogAppender(treeSize: 257).append(Self.entries(3, seed: 11), reading: fixture.store)
        let tree = MerkleTree(entries: Self.entries(257, seed: 10) + Self.entries(3, seed: 11))
        #expect(result.rootHash == tree.rootHash)
    }

    @Test func anOversizedEntryIsRefused() throws {
        #expect(throws: TransparencyLogError.entryTooLarge("")) {
            try LogAppender(treeSize: 0).append([[UInt8](repeating: 1, count: 65_536)], existing: [:])
        }
        let result = try LogAppender(treeSize: 0).append([[UInt8](repeating: 1, count: 65_535)], existing: [:])
        #expect(result.newSize == 1)
    }

    @Test func aMissingRightEdgeIsAStorageFailure() {
        #expect(throws: TransparencyLogError.storageFailure("")) {
            try LogAppender(treeSize: 5).append([[1]], existing: [:])
        }
    }

    @Test func aCorruptStoredBundleIsRefused() throws {
        var fixture = LogFixture()
        try fixture.append(Self.entries(5, seed: 12))
        var existing = Dictionary(
            uniqueKeysWithValues: LogAppender(treeSize: 5).requiredTiles.map { ($0, fixture.store[$0] ?? []) })
        existing[try Tile.entries(index: 0, width: 5)] = [0, 1, 7]
        #expect(throws: TransparencyLogError.invalidEntryBundle("")) {
            try LogAppender(treeSize: 5).append([[1]], existing: existing)
        }
    }
}
