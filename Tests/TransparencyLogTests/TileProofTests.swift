import Testing
import TransparencyLog

@Suite("Proofs from tiles equal proofs from the in-memory reference")
struct TileProofTests {
    static let smallEntries = (0..<70).map { Array("small-\($0)".utf8) }
    static let small: LogFixture = {
        do {
            return try LogFixture.oneByOne(smallEntries)
        } catch {
            fatalError("building the small log failed: \(error)")
        }
    }()

    @Test("Every inclusion and consistency proof for sizes 1 to 70", arguments: 1...70)
    func everyProof(size: Int) async throws {
        let tree = MerkleTree(entries: Array(Self.smallEntries.prefix(size)))
        let reader = Self.small.reader(size: UInt64(size))
        let cached = Self.small.reader(size: UInt64(size), cache: TileCache(capacity: 4, minimumLevel: 0))
        let root = tree.rootHash
        #expect(Self.small.roots[UInt64(size)] == root)
        #expect(try await LogHash.treeHash(size: UInt64(size), from: reader) == root)
        for index in 0..<UInt64(size) {
            let expected = try tree.inclusionProof(index: index, treeSize: UInt64(size))
            #expect(try await InclusionProof.generate(index: index, treeSize: UInt64(size), from: reader) == expected)
            #expect(try await InclusionProof.generate(index: index, treeSize: UInt64(size), from: cached) == expected)
            #expect(expected.verify(leafHash: tree.leafHashes[Int(index)], rootHash: root) == .valid)
        }
        for old in 0...UInt64(size) {
            let expected = try tree.consistencyProof(oldSize: old, newSize: UInt64(size))
            #expect(try await ConsistencyProof.generate(oldSize: old, newSize: UInt64(size), from: reader) == expected)
            #expect(expected.verify(oldRoot: try tree.rootHash(size: old), newRoot: root) == .valid)
        }
    }

    @Test(
        "Sampled proofs in the 70,000-entry log",
        arguments: [255, 256, 257, 511, 512, 513, 1000, 1025, 4097, 65_535, 65_537, 70_000])
    func sampledProof(size: Int) async throws {
        let fixture = BigLogVectorTests.fixture
        var random = SeededGenerator(seed: UInt64(size))
        let tree = MerkleTree(entries: (0..<size).map(LogFixture.bigLogEntry))
        let root = tree.rootHash
        let cache = TileCache()
        if fixture.roots[UInt64(size)] != nil {
            #expect(fixture.roots[UInt64(size)] == root)
        }
        let samples = size > 5000 ? 2 : 6
        for _ in 0..<samples {
            let index = UInt64.random(in: 0..<UInt64(size), using: &random)
            let old = UInt64.random(in: 1...UInt64(size), using: &random)
            // Tiles exist for every size the fixture's appends stopped at; proofs for other sizes use the
            // tiles of the whole log through the reference-checked reader at the final size.
            let readerSize = fixture.roots[UInt64(size)] != nil ? UInt64(size) : fixture.size
            let reader = fixture.reader(size: readerSize, cache: cache)
            let inclusion = try await InclusionProof.generate(index: index, treeSize: UInt64(size), from: reader)
            #expect(inclusion == (try tree.inclusionProof(index: index, treeSize: UInt64(size))))
            #expect(inclusion.verify(leafHash: .leaf(LogFixture.bigLogEntry(Int(index))), rootHash: root) == .valid)
            let consistency = try await ConsistencyProof.generate(oldSize: old, newSize: UInt64(size), from: reader)
            #expect(consistency == (try tree.consistencyProof(oldSize: old, newSize: UInt64(size))))
        }
    }

    @Test func aCacheServesRepeatedUpperTiles() async throws {
        let fixture = BigLogVectorTests.fixture
        let cache = TileCache(capacity: 8, minimumLevel: 1)
        let reader = fixture.reader(size: fixture.size, cache: cache)
        let first = try await InclusionProof.generate(index: 12_345, treeSize: fixture.size, from: reader)
        #expect(cache.count > 0)
        let again = try await InclusionProof.generate(index: 12_345, treeSize: fixture.size, from: reader)
        #expect(first == again)
        cache.removeAll()
        #expect(cache.count == 0)
    }

    @Test func aProofOutsideTheTreeIsRefused() async throws {
        let reader = Self.small.reader(size: 10)
        await #expect(throws: TransparencyLogError.invalidProofRequest("")) {
            try await InclusionProof.generate(index: 10, treeSize: 10, from: reader)
        }
        await #expect(throws: TransparencyLogError.invalidProofRequest("")) {
            try await ConsistencyProof.generate(oldSize: 11, newSize: 10, from: reader)
        }
        await #expect(throws: TransparencyLogError.invalidProofRequest("")) {
            try await InclusionProof.generate(index: 3, treeSize: 20, from: reader)
        }
    }

    @Test func aMissingTileIsAStorageFailure() async throws {
        let reader = TileHashReader(treeSize: 10, tiles: MemoryTileStore())
        await #expect(throws: TransparencyLogError.storageFailure("")) {
            try await InclusionProof.generate(index: 3, treeSize: 10, from: reader)
        }
    }

    @Test func aShortTileIsRejected() async throws {
        var store = Self.small.store
        store[try Tile(level: 0, index: 0, width: 10)] = [UInt8](repeating: 0, count: 31)
        let reader = TileHashReader(treeSize: 10, tiles: store)
        await #expect(throws: TransparencyLogError.invalidTile("")) {
            try await InclusionProof.generate(index: 3, treeSize: 10, from: reader)
        }
    }
}
