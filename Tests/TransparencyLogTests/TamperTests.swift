import Testing
import TransparencyLog

@Suite("Tampering with tiles and bundles is detected")
struct TamperTests {
    static let size: UInt64 = 300
    static let entries = (0..<Int(size)).map { Array("tamper-\($0)".utf8) }
    static let fixture: LogFixture = {
        var fixture = LogFixture()
        do {
            try fixture.append(Array(entries[..<123]))
            try fixture.append(Array(entries[123...]))
        } catch {
            fatalError("building the log failed: \(error)")
        }
        return fixture
    }()
    static let root = MerkleTree(entries: entries).rootHash
    static let currentTiles: [Tile] = {
        let layout = TileLayout(treeSize: size)
        let tiles = layout.levels.flatMap { layout.tiles(level: $0.level) }
        return tiles + layout.tiles(level: 0).compactMap(\.entryBundle)
    }()

    @Test func theUntouchedLogPassesTheAudit() async {
        #expect(Self.currentTiles.count == 5)
        #expect(await TileAudit.verify(treeSize: Self.size, rootHash: Self.root, tiles: Self.fixture.store) == .valid)
        #expect(
            await TileAudit.verify(treeSize: Self.size, rootHash: Self.root, tiles: Self.fixture.store, batchSize: 1)
                == .valid)
    }

    @Test("Flipping a byte anywhere fails the audit", arguments: currentTiles)
    func flippedByte(tile: Tile) async throws {
        let bytes = try #require(Self.fixture.store[tile])
        let positions = Set(stride(from: 0, to: bytes.count, by: 11)).union([bytes.count - 1])
        for position in positions.sorted() {
            var store = Self.fixture.store
            var tampered = bytes
            tampered[position] ^= 0x01
            store[tile] = tampered
            let result = await TileAudit.verify(treeSize: Self.size, rootHash: Self.root, tiles: store)
            #expect(!result.isValid, "byte \(position) of \(tile)")
        }
    }

    @Test("Truncating or removing a tile fails the audit", arguments: currentTiles)
    func truncatedOrMissing(tile: Tile) async throws {
        var store = Self.fixture.store
        store[tile] = Array((store[tile] ?? []).dropLast())
        #expect(!(await TileAudit.verify(treeSize: Self.size, rootHash: Self.root, tiles: store)).isValid)
        store[tile] = nil
        let missing = await TileAudit.verify(treeSize: Self.size, rootHash: Self.root, tiles: store)
        #expect(missing.failure?.reason == .unreadable)
    }

    @Test func aWrongRootFailsTheAudit() async {
        let result = await TileAudit.verify(treeSize: Self.size, rootHash: .emptyTree, tiles: Self.fixture.store)
        #expect(result.failure?.reason == .rootMismatch)
    }

    @Test func aProofFromATamperedTileFailsAgainstTheSignedRoot() async throws {
        var store = Self.fixture.store
        let tile = try Tile(level: 0, index: 0)
        var bytes = try #require(store[tile])
        bytes[32 * 7] ^= 0x80  // leaf 7, the sibling of leaf 6
        store[tile] = bytes
        let reader = TileHashReader(treeSize: Self.size, tiles: store)
        let proof = try await InclusionProof.generate(index: 6, treeSize: Self.size, from: reader)
        #expect(proof.verify(leafHash: .leaf(Self.entries[6]), rootHash: Self.root).failure?.reason == .rootMismatch)
    }
}
