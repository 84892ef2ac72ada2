/// A source of stored tiles and entry bundles, such as a database table keyed by tile path.
///
/// Full tiles never change. A partial tile is identified by its width, so the store may keep every partial
/// width it wrote, or only the latest; readers ask for the width the tree size they work on implies.
public protocol TileReader {
    /// Reads the bytes of the given hash tiles and entry bundles.
    ///
    /// - Parameter tiles: The tiles wanted.
    /// - Throws: Whatever the storage throws, including when a tile is missing.
    /// - Returns: One byte array per tile, in the same order.
    func readTiles(_ tiles: [Tile]) async throws -> [[UInt8]]

    /// Reads hash tiles together with the ``TileNodes`` the store keeps beside full ones.
    ///
    /// Proof generation reads through this. The default reads the tiles alone, without nodes.
    ///
    /// - Parameter tiles: The hash tiles wanted.
    /// - Throws: Whatever the storage throws, including when a tile is missing.
    /// - Returns: One stored tile per tile, in the same order.
    func readHashTiles(_ tiles: [Tile]) async throws -> [StoredHashTile]
}

extension TileReader {
    public func readHashTiles(_ tiles: [Tile]) async throws -> [StoredHashTile] {
        try await self.readTiles(tiles).map { StoredHashTile(bytes: $0) }
    }

    /// Reads tiles, checking the reader's answer has one result per tile.
    internal func readTilesChecked(_ tiles: [Tile]) async throws -> [[UInt8]] {
        try await self.checked(tiles) { try await self.readTiles($0) }
    }

    /// Reads hash tiles and their nodes, checking the reader's answer has one result per tile.
    internal func readHashTilesChecked(_ tiles: [Tile]) async throws -> [StoredHashTile] {
        try await self.checked(tiles) { try await self.readHashTiles($0) }
    }

    private func checked<Content>(
        _ tiles: [Tile], _ read: ([Tile]) async throws -> [Content]
    ) async throws -> [Content] {
        guard !tiles.isEmpty else {
            return []
        }
        let contents: [Content]
        do {
            contents = try await read(tiles)
        } catch let error as TransparencyLogError {
            throw error
        } catch {
            throw TransparencyLogError.storageFailure("the tile reader failed", underlying: error)
        }
        guard contents.count == tiles.count else {
            throw TransparencyLogError.storageFailure(
                "the tile reader returned \(contents.count) tiles for \(tiles.count) requested"
            )
        }
        return contents
    }
}

/// A tile and its bytes: what an append writes and a tile store holds.
public struct TileData: Sendable, Hashable, CustomStringConvertible {
    /// The tile's coordinates.
    public let tile: Tile
    /// The tile's bytes: concatenated hashes, or an entry bundle.
    public let bytes: [UInt8]

    /// Pairs a tile with its bytes.
    ///
    /// - Parameters:
    ///   - tile: The tile's coordinates.
    ///   - bytes: The tile's bytes.
    public init(tile: Tile, bytes: [UInt8]) {
        self.tile = tile
        self.bytes = bytes
    }

    public var description: String {
        "\(self.tile.path) (\(self.bytes.count) bytes)"
    }
}
