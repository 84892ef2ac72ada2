import Testing
import TransparencyLog

@Suite("Tile nodes: the in-tile level-4 roots kept beside full tiles")
struct TileNodesTests {
    /// 600 entries: two full level-0 tiles and a partial one of 88.
    static let log: LogFixture = {
        do {
            var fixture = LogFixture()
            for start in stride(from: 0, to: 600, by: 50) {
                try fixture.append((start..<(start + 50)).map(LogFixture.bigLogEntry))
            }
            return fixture
        } catch {
            fatalError("building the log failed: \(error)")
        }
    }()

    /// The tiles of the fixture read without their nodes, as a store written before nodes existed.
    struct WithoutNodes: TileReader {
        let base: MemoryTileStore
        func readTiles(_ tiles: [Tile]) throws -> [[UInt8]] { try base.readTiles(tiles) }
    }

    /// The tiles of the fixture with every kept root replaced by a wrong one.
    struct WrongNodes: TileReader {
        let base: MemoryTileStore
        func readTiles(_ tiles: [Tile]) throws -> [[UInt8]] { try base.readTiles(tiles) }
        func readHashTiles(_ tiles: [Tile]) throws -> [StoredHashTile] {
            let wrong = try TileNodes(bytes: [UInt8](repeating: 0xAB, count: TileNodes.byteCount))
            return try base.readHashTiles(tiles).map {
                StoredHashTile(bytes: $0.bytes, nodes: $0.nodes.map { _ in wrong })
            }
        }
    }

    @Test func theNodesAreTheRootsOfEachSixteenTileHashes() throws {
        let tile = try Tile(level: 0, index: 1)
        let bytes = try #require(Self.log.store[tile])
        let hashes = try tile.hashes(from: bytes)
        let nodes = try TileNodes(tileBytes: bytes)
        #expect(nodes.hashes.count == 16)
        for group in 0..<16 {
            #expect(nodes.hashes[group] == LogHash.root(ofLeafHashes: hashes[(group * 16)..<(group * 16 + 16)]))
        }
        #expect(try TileNodes(bytes: nodes.bytes) == nodes)
        #expect(Self.log.store.nodes[tile] == nodes)
    }

    @Test func onlyFullHashTilesHaveNodes() throws {
        let full = try Tile(level: 0, index: 0)
        let partial = try Tile(level: 0, index: 2, width: 88)
        let bundle = try Tile.entries(index: 0)
        #expect(TileData(tile: full, bytes: try #require(Self.log.store[full])).nodes != nil)
        #expect(TileData(tile: partial, bytes: try #require(Self.log.store[partial])).nodes == nil)
        #expect(TileData(tile: bundle, bytes: try #require(Self.log.store[bundle])).nodes == nil)
        #expect(Self.log.store.nodes[partial] == nil)
    }

    @Test(arguments: [8_160, 8_224, 0])
    func aTileOfTheWrongLengthHasNoNodes(length: Int) {
        #expect(throws: TransparencyLogError.invalidTile("")) {
            try TileNodes(tileBytes: [UInt8](repeating: 1, count: length))
        }
    }

    @Test(arguments: [511, 513, 0])
    func keptNodesOfTheWrongLengthAreRefused(length: Int) {
        #expect(throws: TransparencyLogError.invalidTile("")) {
            try TileNodes(bytes: [UInt8](repeating: 1, count: length))
        }
    }

    /// Every entry of every size that ends on or past a full tile: with nodes, without, and the reference.
    @Test(arguments: [256, 300, 512, 600])
    func proofsWithAndWithoutNodesEqualTheReference(size: Int) async throws {
        let tree = MerkleTree(entries: (0..<size).map(LogFixture.bigLogEntry))
        let withNodes = TileHashReader(treeSize: Self.log.size, tiles: Self.log.store)
        let withoutNodes = TileHashReader(treeSize: Self.log.size, tiles: WithoutNodes(base: Self.log.store))
        for index in 0..<UInt64(size) {
            let expected = try tree.inclusionProof(index: index, treeSize: UInt64(size))
            #expect(
                try await InclusionProof.generate(index: index, treeSize: UInt64(size), from: withNodes) == expected)
            #expect(
                try await InclusionProof.generate(index: index, treeSize: UInt64(size), from: withoutNodes) == expected)
        }
        for old in stride(from: 1, through: UInt64(size), by: 7) {
            let expected = try tree.consistencyProof(oldSize: old, newSize: UInt64(size))
            #expect(
                try await ConsistencyProof.generate(oldSize: old, newSize: UInt64(size), from: withNodes) == expected)
        }
    }

    /// The reader takes the kept roots instead of rehashing the tile: wrong roots give a proof that fails.
    @Test func proofsAreBuiltFromTheKeptNodes() async throws {
        let tree = MerkleTree(entries: (0..<600).map(LogFixture.bigLogEntry))
        let reader = TileHashReader(treeSize: Self.log.size, tiles: WrongNodes(base: Self.log.store))
        let inFullTile = try await InclusionProof.generate(index: 3, treeSize: 600, from: reader)
        #expect(inFullTile.verify(leafHash: tree.leafHashes[3], rootHash: tree.rootHash) != .valid)
        // The partial tile keeps no nodes, so its in-tile proof is still right.
        let inPartialTile = try await InclusionProof.generate(index: 599, treeSize: 600, from: reader)
        #expect(inPartialTile.verify(leafHash: tree.leafHashes[599], rootHash: tree.rootHash) == .valid)
    }
}
