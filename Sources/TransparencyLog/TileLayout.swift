/// Which tiles a tree of a given size has: at each level, some full tiles and at most one partial tile.
///
/// Level `L` holds `treeSize >> (8 * L)` hashes, so it has that number divided by 256 full tiles and a
/// partial tile of the remainder's width, if the remainder is not zero (C2SP tlog-tiles, "Partial Tiles").
public struct TileLayout: Sendable, Hashable, CustomStringConvertible {
    /// The tiles of one level.
    public struct Level: Sendable, Hashable {
        /// The level, from 0.
        public let level: Int
        /// The number of full tiles, at indexes `0 ..< fullCount`.
        public let fullCount: UInt64
        /// The width of the partial tile at index `fullCount`, or 0 when there is none.
        public let partialWidth: Int

        /// The number of hashes this level holds.
        public var hashCount: UInt64 {
            self.fullCount * UInt64(Tile.fullWidth) + UInt64(self.partialWidth)
        }

        /// The partial tile, if any.
        public var partialTile: Tile? {
            guard self.partialWidth > 0 else {
                return nil
            }
            return Tile(unchecked: .hashes(level: self.level), index: self.fullCount, width: self.partialWidth)
        }
    }

    /// The tree size.
    public let treeSize: UInt64
    /// The levels that hold at least one hash, from level 0 up; empty for the empty tree.
    public let levels: [Level]

    /// Computes the layout of a tree.
    ///
    /// - Parameter treeSize: The tree size.
    public init(treeSize: UInt64) {
        self.treeSize = treeSize
        var levels: [Level] = []
        var level = 0
        while level <= Tile.maximumLevel / Tile.height, treeSize >> UInt64(Tile.height * level) > 0 {
            let hashes = treeSize >> UInt64(Tile.height * level)
            levels.append(Level(level: level, fullCount: hashes >> 8, partialWidth: Int(hashes & 0xff)))
            level += 1
        }
        self.levels = levels
    }

    /// The width of tile `index` at `level` in this tree, or nil when the tree has no such tile.
    ///
    /// - Parameters:
    ///   - level: The tile level.
    ///   - index: The tile index.
    /// - Returns: 256 for a full tile, the partial width for the partial tile, nil otherwise.
    public func width(level: Int, index: UInt64) -> Int? {
        guard level >= 0, level < self.levels.count else {
            return nil
        }
        let layout = self.levels[level]
        if index < layout.fullCount {
            return Tile.fullWidth
        }
        return index == layout.fullCount && layout.partialWidth > 0 ? layout.partialWidth : nil
    }

    /// The partial hash tiles of the tree, lowest level first: the right edge that grows on append.
    public var partialTiles: [Tile] {
        self.levels.compactMap(\.partialTile)
    }

    /// The hash tiles at `level`, full ones first, then the partial one.
    ///
    /// - Parameter level: The tile level.
    /// - Returns: The tiles, lazily; empty when the tree has no such level.
    public func tiles(level: Int) -> [Tile] {
        guard level >= 0, level < self.levels.count else {
            return []
        }
        let layout = self.levels[level]
        var tiles = (0..<layout.fullCount).map { Tile(unchecked: .hashes(level: level), index: $0, width: 256) }
        if let partial = layout.partialTile {
            tiles.append(partial)
        }
        return tiles
    }

    /// The hash tiles and entry bundles that a tree of `newSize` has and a tree of `oldSize` has not: every
    /// tile that appending entries `oldSize ..< newSize` creates or extends, lowest level first.
    ///
    /// - Parameters:
    ///   - oldSize: The tree size before the append.
    ///   - newSize: The tree size after the append.
    /// - Returns: The new tiles; empty when `newSize <= oldSize`.
    public static func newTiles(from oldSize: UInt64, to newSize: UInt64) -> [Tile] {
        guard newSize > oldSize else {
            return []
        }
        var tiles: [Tile] = []
        for level in TileLayout(treeSize: newSize).levels {
            let oldCount = oldSize >> UInt64(Tile.height * level.level)
            let newCount = level.hashCount
            guard newCount > oldCount else {
                break
            }
            for index in (oldCount >> 8)...((newCount - 1) >> 8) {
                let width = Int(min(256, newCount - index * 256))
                let tile = Tile(unchecked: .hashes(level: level.level), index: index, width: width)
                if let bundle = tile.entryBundle {
                    tiles.append(bundle)
                }
                tiles.append(tile)
            }
        }
        return tiles
    }

    /// The layout in words, such as `L0: 273 full + partial width 112; L1: 1 full, no partial`.
    public var description: String {
        guard !self.levels.isEmpty else {
            return "empty"
        }
        return self.levels.map { level in
            let partial = level.partialWidth > 0 ? " + partial width \(level.partialWidth)" : ", no partial"
            return "L\(level.level): \(level.fullCount) full\(partial)"
        }.joined(separator: "; ")
    }
}
