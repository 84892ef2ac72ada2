/// The coordinates of a C2SP tlog-tiles resource: a tile of Merkle tree hashes, or an entry bundle.
///
/// A hash tile at level `L` and index `N` holds the hashes of up to 256 consecutive subtrees of height
/// `8 * L`: at level 0 the leaf hashes, at level 1 the roots of full level-0 tiles, and so on. An entry
/// bundle at index `N` holds the entries whose leaf hashes are in level-0 tile `N`. A tile is full at width
/// 256 and partial below.
public struct Tile: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whether a tile holds hashes or entries.
    public enum Kind: Sendable, Hashable {
        /// A tile of Merkle tree hashes at a level from 0 to 63.
        case hashes(level: Int)
        /// An entry bundle, parallel to the level-0 hash tile of the same index.
        case entries
    }

    /// The number of tree levels one tile spans.
    public static let height = 8
    /// The width of a full tile.
    public static let fullWidth = 256
    /// The highest hash tile level.
    public static let maximumLevel = 63

    /// Whether the tile holds hashes or entries.
    public let kind: Kind
    /// The tile's position within its level.
    public let index: UInt64
    /// The number of hashes or entries in the tile, from 1 to 256.
    public let width: Int

    /// Creates the coordinates of a hash tile.
    ///
    /// - Parameters:
    ///   - level: The tile level, from 0 to 63.
    ///   - index: The tile's position within its level.
    ///   - width: The number of hashes, from 1 to 256; 256 for a full tile.
    /// - Throws: ``TransparencyLogError/Code/invalidTilePath`` when a coordinate is out of range.
    public init(level: Int, index: UInt64, width: Int = Tile.fullWidth) throws {
        guard (0...Self.maximumLevel).contains(level) else {
            throw TransparencyLogError.invalidTilePath("tile level \(level) is not between 0 and 63")
        }
        try self.init(kind: .hashes(level: level), index: index, width: width)
    }

    /// Creates the coordinates of an entry bundle.
    ///
    /// - Parameters:
    ///   - index: The bundle's position, equal to that of its level-0 tile.
    ///   - width: The number of entries, from 1 to 256; 256 for a full bundle.
    /// - Throws: ``TransparencyLogError/Code/invalidTilePath`` when a coordinate is out of range.
    public static func entries(index: UInt64, width: Int = Tile.fullWidth) throws -> Tile {
        try Tile(kind: .entries, index: index, width: width)
    }

    private init(kind: Kind, index: UInt64, width: Int) throws {
        guard (1...Self.fullWidth).contains(width) else {
            throw TransparencyLogError.invalidTilePath("tile width \(width) is not between 1 and 256")
        }
        self.kind = kind
        self.index = index
        self.width = width
    }

    /// Coordinates already known to be in range.
    internal init(unchecked kind: Kind, index: UInt64, width: Int) {
        self.kind = kind
        self.index = index
        self.width = width
    }

    /// The hash tile level, or nil for an entry bundle.
    public var level: Int? {
        if case .hashes(let level) = self.kind { level } else { nil }
    }

    /// Whether the tile holds fewer than 256 hashes or entries.
    public var isPartial: Bool {
        self.width < Self.fullWidth
    }

    /// The entry bundle parallel to this level-0 tile, or nil for other tiles.
    public var entryBundle: Tile? {
        guard self.level == 0 else {
            return nil
        }
        return Tile(unchecked: .entries, index: self.index, width: self.width)
    }

    /// The full tile at the same position.
    public var full: Tile {
        Tile(unchecked: self.kind, index: self.index, width: Self.fullWidth)
    }

    /// Orders entry bundles first, then hash tiles by level, then by index and width.
    public static func < (lhs: Tile, rhs: Tile) -> Bool {
        let left = (lhs.level ?? -1, lhs.index, lhs.width)
        let right = (rhs.level ?? -1, rhs.index, rhs.width)
        return left < right
    }

    /// The tile's path, such as `tile/0/x001/000.p/8`.
    public var description: String {
        self.path
    }
}
