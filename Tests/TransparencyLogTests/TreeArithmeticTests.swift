import Testing
import TransparencyLog

@Suite("Stored-hash indexes and tile layouts")
struct TreeArithmeticTests {
    @Test func storedHashIndexesMatchTheAppendOrder() {
        // Appending leaf n stores its leaf hash, then the hash of every perfect subtree it completes.
        var expected: [(Int, UInt64)] = []
        for leaf in UInt64(0)..<300 {
            expected.append((0, leaf))
            var level = 0
            var count = leaf + 1
            while count & 1 == 0 {
                count >>= 1
                level += 1
                expected.append((level, count - 1))
            }
            #expect(StoredHashIndex.count(treeSize: leaf + 1) == UInt64(expected.count))
        }
        for (position, (level, index)) in expected.enumerated() {
            let stored = StoredHashIndex(level: level, index: index)
            #expect(stored.rawValue == UInt64(position))
            #expect(stored.coordinates == (level, index))
            #expect(StoredHashIndex(rawValue: UInt64(position)).coordinates == (level, index))
        }
        #expect(StoredHashIndex.count(treeSize: 0) == 0)
    }

    @Test func storedHashIndexesRoundTripAtScale() {
        var random = SeededGenerator(seed: 3)
        for _ in 0..<2000 {
            let level = Int.random(in: 0..<40, using: &random)
            let index = UInt64.random(in: 0..<(1 << 20), using: &random)
            let stored = StoredHashIndex(level: level, index: index)
            #expect(StoredHashIndex(rawValue: stored.rawValue).coordinates == (level, index))
        }
    }

    @Test(
        "Layouts give full tiles and one partial tile per level",
        arguments: [0, 1, 255, 256, 257, 65_535, 65_536, 70_000, 16_777_216] as [UInt64])
    func layout(size: UInt64) {
        let layout = TileLayout(treeSize: size)
        for level in layout.levels {
            #expect(level.hashCount == size >> UInt64(8 * level.level))
            #expect(layout.tiles(level: level.level).count == Int(level.fullCount) + (level.partialWidth > 0 ? 1 : 0))
        }
        #expect(layout.levels.last.map { $0.fullCount == 0 } ?? (size == 0))
        #expect(TileLayout(treeSize: 0).description == "empty")
        #expect(layout.width(level: 99, index: 0) == nil)
    }

    @Test func newTilesCoverWhatAnAppendChanges() {
        #expect(TileLayout.newTiles(from: 5, to: 5).isEmpty)
        #expect(TileLayout.newTiles(from: 0, to: 1).map(\.path) == ["tile/entries/000.p/1", "tile/0/000.p/1"])
        #expect(
            TileLayout.newTiles(from: 255, to: 257).map(\.path) == [
                "tile/entries/000", "tile/0/000", "tile/entries/001.p/1", "tile/0/001.p/1", "tile/1/000.p/1",
            ]
        )
    }
}
