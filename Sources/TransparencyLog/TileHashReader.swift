/// A ``HashReader`` that answers from C2SP hash tiles, as golang.org/x/mod/sumdb/tlog's `TileHashReader`
/// does.
///
/// The hash at tree level `8L + r` lies in a tile at level `L`, where it is the root of `2^r` consecutive
/// tile hashes. The reader works out which tiles hold the requested hashes, reads each of them once through
/// its ``TileReader`` (in one call), and hashes the tile hashes up to the requested level, starting from the
/// ``TileNodes`` kept beside a full tile when the reader has them. It reads each tile at the width the tree
/// size implies: full tiles, or the partial tile of the right edge.
///
/// The reader trusts its tiles and their nodes, as a log server trusts its own database; clients that fetch
/// tiles from elsewhere check them against a signed checkpoint with ``TileAudit``.
public struct TileHashReader<Tiles: TileReader>: HashReader {
    /// The size of the tree whose tiles are read.
    public let treeSize: UInt64
    /// The tile source.
    public let tiles: Tiles
    /// A cache of expanded tiles shared between readers, if any.
    public let cache: TileCache?

    /// Creates a reader for the tree of `treeSize` leaves.
    ///
    /// - Parameters:
    ///   - treeSize: The size of the tree whose tiles are read.
    ///   - tiles: The tile source.
    ///   - cache: A cache of expanded tiles to consult and fill, shared between readers; nil for none.
    public init(treeSize: UInt64, tiles: Tiles, cache: TileCache? = nil) {
        self.treeSize = treeSize
        self.tiles = tiles
        self.cache = cache
    }

    /// Reads stored hashes from the tiles that hold them.
    ///
    /// - Parameter indexes: The hashes wanted, each the root of a perfect subtree inside the tree.
    /// - Throws: ``TransparencyLogError/Code/invalidProofRequest`` for a hash outside the tree,
    ///   ``TransparencyLogError/Code/invalidTile`` for a tile of the wrong length, and
    ///   ``TransparencyLogError/Code/storageFailure`` when the tile reader fails.
    /// - Returns: One hash per index, in order.
    public func readHashes(at indexes: [StoredHashIndex]) async throws -> [LogHash] {
        let layout = TileLayout(treeSize: self.treeSize)
        var locations: [(tile: Tile, level: Int, index: Int)] = []
        locations.reserveCapacity(indexes.count)
        for storedIndex in indexes {
            locations.append(try Self.locate(storedIndex, in: layout))
        }
        var trees: [Tile: TileTree] = [:]
        var missing: [Tile] = []
        for location in locations where trees[location.tile] == nil && !missing.contains(location.tile) {
            if let cache = self.cache, let tree = cache.tree(for: location.tile) {
                trees[location.tile] = tree
            } else {
                missing.append(location.tile)
            }
        }
        let contents = try await self.tiles.readHashTilesChecked(missing)
        var plain: [Tile: (hashes: [LogHash], nodes: TileNodes?)] = [:]
        for (tile, stored) in zip(missing, contents) {
            let hashes = try tile.hashes(from: stored.bytes)
            if let cache = self.cache, cache.accepts(tile) {
                let tree = TileTree(hashes: hashes)
                cache.insert(tree, for: tile)
                trees[tile] = tree
            } else {
                plain[tile] = (hashes, tile.isPartial ? nil : stored.nodes)
            }
        }
        return locations.map { location in
            if let tree = trees[location.tile] {
                return tree.hash(level: location.level, index: location.index)
            }
            let (hashes, nodes) = plain[location.tile] ?? ([], nil)
            if let nodes, location.level >= TileNodes.level {
                return nodes.hash(level: location.level, index: location.index)
            }
            let start = location.index << location.level
            return TileTree.subtreeHash(hashes[start..<(start + 1 << location.level)])
        }
    }

    /// The tile holding a stored hash, and the hash's in-tile level and index.
    private static func locate(
        _ storedIndex: StoredHashIndex,
        in layout: TileLayout
    ) throws -> (tile: Tile, level: Int, index: Int) {
        let (level, index) = storedIndex.coordinates
        guard level < 64, index < (UInt64.max >> UInt64(level)), (index + 1) << UInt64(level) <= layout.treeSize
        else {
            throw TransparencyLogError.invalidProofRequest(
                "no hash at level \(level), index \(index) in a tree of size \(layout.treeSize)"
            )
        }
        let tileLevel = level / Tile.height
        let inTileLevel = level % Tile.height
        let first = index << UInt64(inTileLevel)
        let tileIndex = first >> 8
        guard let width = layout.width(level: tileLevel, index: tileIndex) else {
            throw TransparencyLogError.invalidProofRequest("no tile holds level \(level), index \(index)")
        }
        let tile = Tile(unchecked: .hashes(level: tileLevel), index: tileIndex, width: width)
        return (tile, inTileLevel, Int(first & 0xff) >> inTileLevel)
    }
}

extension TileHashReader: Sendable where Tiles: Sendable {}
