/// The hashes of every complete subtree inside one hash tile: the tile's own hashes at in-tile level 0, and
/// at in-tile level `r` the `width >> r` subtrees of `2^r` consecutive tile hashes.
internal struct TileTree: Sendable {
    /// `levels[r][j]` is the hash of tile hashes `j << r ..< (j + 1) << r`.
    private let levels: [[LogHash]]

    init(hashes: [LogHash]) {
        var levels = [hashes]
        var current = hashes
        while current.count > 1 {
            current = (0..<(current.count / 2)).map { LogHash.node(current[2 * $0], current[2 * $0 + 1]) }
            levels.append(current)
        }
        self.levels = levels
    }

    /// The hash of tile hashes `index << level ..< (index + 1) << level`, which must lie in the tile.
    func hash(level: Int, index: Int) -> LogHash {
        self.levels[level][index]
    }

    /// The Merkle tree hash of a power-of-two number of consecutive tile hashes, computed without a tree.
    static func subtreeHash(_ tileHashes: ArraySlice<LogHash>) -> LogHash {
        var current = Array(tileHashes)
        while current.count > 1 {
            for pair in 0..<(current.count / 2) {
                current[pair] = .node(current[2 * pair], current[2 * pair + 1])
            }
            current.removeLast(current.count / 2)
        }
        return current[0]
    }
}
