/// The hashes a store keeps beside a full hash tile so that proofs need not rehash the whole tile: the 16
/// subtree roots at in-tile level 4, each the Merkle tree hash of 16 consecutive tile hashes.
///
/// An inclusion proof for an entry in a full level-0 tile needs, from that tile, the roots of subtrees of
/// 1, 2, 4, … 128 tile hashes: 247 SHA-256 computations from the tile's hashes alone, which is most of a
/// proof's time. With these 16 roots beside the tile it needs at most 22 (11 below level 4 from the tile's
/// hashes, 11 above from the roots). They are derived data, computed when a full tile is written
/// (``init(tileBytes:)``), and not part of the tlog-tiles API: a store that lacks them still answers every
/// proof, only more slowly.
public struct TileNodes: Sendable, Hashable {
    /// The in-tile level the roots are at: each covers `2^level` tile hashes.
    public static let level = 4
    /// The number of roots in a full tile.
    public static let count = Tile.fullWidth >> level
    /// The length of ``bytes``.
    public static let byteCount = count * LogHash.byteCount

    /// The roots, in tile order: `hashes[j]` is the hash of tile hashes `16 j ..< 16 (j + 1)`.
    public let hashes: [LogHash]

    /// Computes the roots of a full hash tile.
    ///
    /// - Parameter tileBytes: The bytes of a full hash tile: 256 hashes, concatenated.
    /// - Throws: ``TransparencyLogError/Code/invalidTile`` when the bytes are not a full tile.
    public init(tileBytes: [UInt8]) throws {
        guard tileBytes.count == Tile.fullWidth * LogHash.byteCount else {
            throw TransparencyLogError.invalidTile(
                "tile nodes come from a full tile of \(Tile.fullWidth * LogHash.byteCount) bytes, not \(tileBytes.count)"
            )
        }
        let tileHashes = Self.decode(tileBytes)
        let per = 1 << Self.level
        self.hashes = (0..<Self.count).map { TileTree.subtreeHash(tileHashes[($0 * per)..<(($0 + 1) * per)]) }
    }

    /// Decodes roots a store kept.
    ///
    /// - Parameter bytes: ``byteCount`` bytes: the roots, concatenated.
    /// - Throws: ``TransparencyLogError/Code/invalidTile`` when the length is wrong.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == Self.byteCount else {
            throw TransparencyLogError.invalidTile("tile nodes are \(Self.byteCount) bytes, not \(bytes.count)")
        }
        self.hashes = Self.decode(bytes)
    }

    /// Hashes concatenated in `bytes`, whose length is a multiple of 32.
    private static func decode(_ bytes: [UInt8]) -> [LogHash] {
        bytes.withUnsafeBytes { buffer in
            stride(from: 0, to: buffer.count, by: LogHash.byteCount).map {
                LogHash(unchecked: UnsafeRawBufferPointer(rebasing: buffer[$0..<($0 + LogHash.byteCount)]))
            }
        }
    }

    /// The roots' bytes, as a store keeps them: the hashes, concatenated.
    public var bytes: [UInt8] {
        Tile.bytes(of: self.hashes)
    }

    /// The hash of tile hashes `index << level ..< (index + 1) << level`, for a `level` from 4 to 8.
    func hash(level: Int, index: Int) -> LogHash {
        let per = 1 << (level - Self.level)
        return TileTree.subtreeHash(self.hashes[(index * per)..<((index + 1) * per)])
    }
}

extension TileData {
    /// The roots a store keeps beside this tile: ``TileNodes`` for a full hash tile, nil for a partial
    /// tile or an entry bundle.
    public var nodes: TileNodes? {
        guard self.tile.level != nil, !self.tile.isPartial else {
            return nil
        }
        return try? TileNodes(tileBytes: self.bytes)
    }
}

/// A hash tile as a store holds it: the bytes served, and the roots kept beside a full tile.
public struct StoredHashTile: Sendable, Hashable {
    /// The tile's bytes, as served.
    public let bytes: [UInt8]
    /// The tile's ``TileNodes``, if the store keeps them; nil for a partial tile.
    public let nodes: TileNodes?

    /// Pairs a tile's bytes with its kept roots.
    ///
    /// - Parameters:
    ///   - bytes: The tile's bytes.
    ///   - nodes: The roots kept beside it, if any.
    public init(bytes: [UInt8], nodes: TileNodes? = nil) {
        self.bytes = bytes
        self.nodes = nodes
    }
}
