extension LogAppender {
    /// Splits `count` items into consecutive tile-sized chunks.
    internal static func chunks(of count: Int) -> [(offset: Int, range: Range<Int>)] {
        stride(from: 0, to: count, by: Tile.fullWidth).enumerated().map { offset, start in
            (offset, start..<min(start + Tile.fullWidth, count))
        }
    }

    /// The root of a tree given the hashes of its partial tile at each level, lowest level first.
    ///
    /// The tree is the sequence of perfect subtrees named by the bits of its size, largest first; the bits
    /// of level `L`'s partial width name the subtrees made of that tile's hashes.
    internal static func root(rightEdge: [[LogHash]]) -> LogHash {
        var parts: [LogHash] = []
        for hashes in rightEdge.reversed() {
            var start = 0
            for bit in (0..<Tile.height).reversed() where hashes.count & (1 << bit) != 0 {
                parts.append(TileTree.subtreeHash(hashes[start..<(start + 1 << bit)]))
                start += 1 << bit
            }
        }
        return TreeMath.foldRight(parts)
    }
}
