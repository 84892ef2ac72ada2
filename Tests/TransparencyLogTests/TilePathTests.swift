import Testing
import TransparencyLog

@Suite("Tile paths: exactly the spelling C2SP tlog-tiles gives")
struct TilePathTests {
    @Test func pathsRoundTripAcrossIndexSizes() throws {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let index = UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64.random(in: 0..<64, using: &random)
            let width = Int.random(in: 1...256, using: &random)
            let tile = try Tile(level: Int.random(in: 0...63, using: &random), index: index, width: width)
            #expect(try Tile(path: tile.path) == tile)
            let bundle = try Tile.entries(index: index, width: width)
            #expect(try Tile(path: bundle.path) == bundle)
        }
        #expect(try Tile(level: 63, index: UInt64.max).path == "tile/63/x018/x446/x744/x073/x709/x551/615")
        #expect(try Tile(level: 0, index: 999).path == "tile/0/999")
        #expect(try Tile(level: 0, index: 1000, width: 255).path == "tile/0/x001/000.p/255")
    }

    static let invalid = [
        "", "tile", "tile/", "tile/0", "tile/0/", "/tile/0/000", "tiles/0/000", "tile/0/000/", "tile/0/00",
        "tile/0/0000",
        "tile/00/000", "tile/01/000", "tile/64/000", "tile/-1/000", "tile/x/000", "tile/0/x000/001", "tile/0/001/002",
        "tile/0/y001/002", "tile/0/x001", "tile/0/x1/000", "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/000.p/08",
        "tile/0/000.p/", "tile/0/000.p", "tile/0/000.q/8", "tile/0/000.p/8/9", "tile/0/00a", "tile/0/+01",
        "tile/entry/000", "tile/entries/", "tile/entries/000.p/300", "tile/0/x018/x446/x744/x073/x709/x551/616",
        "tile/0/x001/x002/x003/x004/x005/x006/x007/008", "tile/0/\u{661}\u{662}\u{663}",
    ]

    @Test("Malformed paths are rejected", arguments: invalid)
    func invalidPath(path: String) {
        #expect(throws: TransparencyLogError.invalidTilePath(""), "\(path)") {
            try Tile(path: path)
        }
    }

    @Test func outOfRangeCoordinatesAreRejected() {
        #expect(throws: TransparencyLogError.invalidTilePath("")) { try Tile(level: 64, index: 0) }
        #expect(throws: TransparencyLogError.invalidTilePath("")) { try Tile(level: -1, index: 0) }
        #expect(throws: TransparencyLogError.invalidTilePath("")) { try Tile(level: 0, index: 0, width: 0) }
        #expect(throws: TransparencyLogError.invalidTilePath("")) { try Tile(level: 0, index: 0, width: 257) }
        #expect(throws: TransparencyLogError.invalidTilePath("")) { try Tile.entries(index: 0, width: 0) }
    }

    @Test func tileBytesAndBundlesCheckTheirShape() throws {
        let tile = try Tile(level: 1, index: 2, width: 3)
        #expect(tile.hashByteCount == 96)
        #expect(try tile.hashes(from: Tile.bytes(of: [.emptyTree, .emptyTree, .emptyTree])).count == 3)
        #expect(throws: TransparencyLogError.invalidTile("")) {
            try tile.hashes(from: [UInt8](repeating: 0, count: 95))
        }
        #expect(throws: TransparencyLogError.invalidTile("")) { try Tile.entries(index: 0).hashes(from: []) }

        let bundle = try EntryBundle(entries: [[], [1], [UInt8](repeating: 2, count: 300)])
        #expect(Array(bundle.bytes.prefix(5)) == [0, 0, 0, 1, 1])
        #expect(try EntryBundle(bytes: bundle.bytes) == bundle)
        #expect(try EntryBundle(bytes: bundle.bytes, tile: Tile.entries(index: 0, width: 3)) == bundle)
        #expect(throws: TransparencyLogError.invalidEntryBundle("")) {
            try EntryBundle(bytes: bundle.bytes, tile: Tile.entries(index: 0, width: 4))
        }
        #expect(throws: TransparencyLogError.invalidEntryBundle("")) { try EntryBundle(bytes: [0]) }
        #expect(throws: TransparencyLogError.invalidEntryBundle("")) { try EntryBundle(bytes: [0, 2, 1]) }
        #expect(throws: TransparencyLogError.entryTooLarge("")) {
            try EntryBundle(entries: [[UInt8](repeating: 0, count: 65_536)])
        }
    }
}
