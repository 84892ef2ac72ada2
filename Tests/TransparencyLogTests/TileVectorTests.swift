import Crypto
import Testing
import TransparencyLog

@Suite("Tile vectors: paths, layouts and tile bytes")
struct TileVectorTests {
    static let vectors = VectorFile.shared
    static let tilePaths = vectors.records("tlog-tiles-paths", "tile")
    static let entryPaths = vectors.records("tlog-tiles-paths", "entries")
    static let layouts = vectors.records("tlog-tiles-paths", "layout")
    static let letterTiles = vectors.records("leaves-a-h", "tile") + vectors.records("leaves-a-h", "entries")

    @Test func theVectorFileHasEveryTileVector() {
        #expect(Self.tilePaths.count == 6)
        #expect(Self.entryPaths.count == 2)
        #expect(Self.layouts.count == 2)
        #expect(Self.letterTiles.count == 2)
    }

    @Test("Hash tile paths", arguments: tilePaths)
    func hashTilePath(_ record: VectorFile.Record) throws {
        let tile = try Tile(
            level: Int(record["L"]) ?? -1,
            index: UInt64(record["N"]) ?? 0,
            width: Int(record["W"]) ?? 0
        )
        #expect(tile.path == record["path"])
        #expect(try Tile(path: record["path"]) == tile)
    }

    @Test("Entry bundle paths", arguments: entryPaths)
    func entryBundlePath(_ record: VectorFile.Record) throws {
        let tile = try Tile.entries(index: UInt64(record["N"]) ?? 0, width: Int(record["W"]) ?? 0)
        #expect(tile.path == record["path"])
        #expect(try Tile(path: record["path"]) == tile)
    }

    @Test("Tile layouts", arguments: layouts)
    func layout(_ record: VectorFile.Record) {
        #expect(TileLayout(treeSize: UInt64(record["size"]) ?? 0).description == record.text)
    }

    @Test("Tile and entry bundle bytes of entries a to h", arguments: letterTiles)
    func letterTileBytes(_ record: VectorFile.Record) throws {
        let fixture = try LogFixture.oneByOne((0..<8).map(LogFixture.letterEntry))
        let tile = try Tile(path: record["path"])
        #expect(fixture.store[tile] == Bytes.hex(record["hex"]))
        if tile.kind == .entries {
            #expect(try EntryBundle(bytes: Bytes.hex(record["hex"])).entries == (0..<8).map(LogFixture.letterEntry))
        } else {
            #expect(
                try tile.hashes(from: Bytes.hex(record["hex"])) == (0..<8).map { .leaf(LogFixture.letterEntry($0)) })
        }
    }
}

@Suite("Big-log vectors: 70,000 entries appended in seeded random batches")
struct BigLogVectorTests {
    static let vectors = VectorFile.shared
    static let roots = vectors.records("big-log", "root")
    static let files = vectors.records("big-log", "file")

    /// The log, appended in random batches that stop at every size a root vector names.
    static let fixture: LogFixture = {
        let stops = Set(roots.compactMap { UInt64($0["size"]) })
        var random = SeededGenerator(seed: 70_000)
        var fixture = LogFixture()
        while fixture.size < 70_000 {
            var end = min(70_000, fixture.size + UInt64.random(in: 1...900, using: &random))
            if let stop = stops.filter({ $0 > fixture.size && $0 < end }).min() {
                end = stop
            }
            let batch = (Int(fixture.size)..<Int(end)).map(LogFixture.bigLogEntry)
            do {
                try fixture.append(batch)
            } catch {
                fatalError("appending to the big log failed: \(error)")
            }
        }
        return fixture
    }()

    @Test func theVectorFileHasEveryBigLogVector() {
        #expect(Self.roots.count == 15)
        #expect(Self.files.count == 7)
    }

    @Test("Roots from the appender and from tiles", arguments: roots)
    func root(_ record: VectorFile.Record) async throws {
        let size = UInt64(record["size"]) ?? 0
        #expect(Self.fixture.roots[size]?.hex == record["hex"])
        let fromTiles = try await LogHash.treeHash(size: size, from: Self.fixture.reader(size: size))
        #expect(fromTiles.hex == record["hex"])
    }

    @Test("Tile and bundle files at size 70,000", arguments: files)
    func file(_ record: VectorFile.Record) throws {
        let bytes = try #require(Self.fixture.store[try Tile(path: record["path"])])
        #expect(bytes.count == Int(record["bytes"]))
        #expect(Bytes.hexString(SHA256.hash(data: bytes)) == record["sha256"])
    }

    @Test func theFinalRootMatchesTheReferenceTree() throws {
        let tree = MerkleTree(entries: (0..<70_000).map(LogFixture.bigLogEntry))
        let expected = try #require(Self.roots.first { $0["size"] == "70000" })
        #expect(tree.rootHash.hex == expected["hex"])
    }
}
