/// A tile store held in memory: for tests, demonstrations and tools that rebuild a log.
public struct MemoryTileStore: TileReader, Sendable, Hashable {
    /// The stored tiles, by coordinates.
    public private(set) var tiles: [Tile: [UInt8]]
    /// The ``TileNodes`` kept beside each full hash tile written, as a database store keeps them.
    public private(set) var nodes: [Tile: TileNodes] = [:]

    /// Creates a store.
    ///
    /// - Parameter tiles: The tiles to start with.
    public init(tiles: [Tile: [UInt8]] = [:]) {
        self.tiles = tiles
    }

    /// Stores tiles, replacing any with the same coordinates, and the nodes of the full hash tiles.
    ///
    /// - Parameter tiles: The tiles to store, such as ``AppendResult/tiles``.
    public mutating func write(_ tiles: [TileData]) {
        for data in tiles {
            self.tiles[data.tile] = data.bytes
            if let nodes = data.nodes {
                self.nodes[data.tile] = nodes
            }
        }
    }

    /// The bytes of a tile, or nil when it is not stored.
    ///
    /// - Parameter tile: The tile's coordinates.
    public subscript(tile: Tile) -> [UInt8]? {
        get { self.tiles[tile] }
        set { self.tiles[tile] = newValue }
    }

    /// Reads stored tiles.
    ///
    /// - Parameter tiles: The tiles wanted.
    /// - Throws: ``TransparencyLogError/Code/storageFailure`` when a tile is not stored.
    /// - Returns: The bytes of each tile, in order.
    public func readTiles(_ tiles: [Tile]) throws -> [[UInt8]] {
        try tiles.map { tile in
            guard let bytes = self.tiles[tile] else {
                throw TransparencyLogError.storageFailure("\(tile.path) is not stored")
            }
            return bytes
        }
    }

    /// Reads stored hash tiles with the nodes kept beside the full ones.
    ///
    /// - Parameter tiles: The hash tiles wanted.
    /// - Throws: ``TransparencyLogError/Code/storageFailure`` when a tile is not stored.
    /// - Returns: Each tile's bytes and nodes, in order.
    public func readHashTiles(_ tiles: [Tile]) throws -> [StoredHashTile] {
        try zip(tiles, self.readTiles(tiles)).map { tile, bytes in
            StoredHashTile(bytes: bytes, nodes: self.nodes[tile])
        }
    }
}
