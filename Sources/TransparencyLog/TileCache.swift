import Foundation

/// A bounded cache of expanded hash tiles, shared by proof generations so that the hot upper tiles of a
/// large log are hashed once instead of once per proof.
///
/// A tile is cached by its coordinates including its width, which is sound because the bytes of a tile at
/// given coordinates never change. The cache takes tiles at ``minimumLevel`` and above, and partial tiles at
/// any level: the partial tiles are the tree's right edge, which most proofs read. Full level-0 tiles are
/// many and each serves few proofs, so by default they are not cached. When full, the cache evicts the
/// oldest entry.
public final class TileCache: @unchecked Sendable {
    // @unchecked Sendable: every access to the mutable state below holds `lock`.
    private let lock = NSLock()
    private var trees: [Tile: TileTree] = [:]
    private var order: [Tile] = []
    private var oldest = 0

    /// The most tiles the cache holds; each full tile takes about 16 KiB.
    public let capacity: Int
    /// The lowest tile level the cache holds.
    public let minimumLevel: Int

    /// Creates an empty cache.
    ///
    /// - Parameters:
    ///   - capacity: The most tiles to hold; at least 1. The default, 1,024, holds every level-1 tile of a
    ///     log of 67 million entries.
    ///   - minimumLevel: The lowest level of full tiles to cache; the default, 1, skips full level-0 tiles.
    public init(capacity: Int = 1024, minimumLevel: Int = 1) {
        self.capacity = max(1, capacity)
        self.minimumLevel = max(0, minimumLevel)
    }

    /// The number of tiles held.
    public var count: Int {
        self.lock.withLock { self.trees.count }
    }

    /// Empties the cache.
    public func removeAll() {
        self.lock.withLock {
            self.trees.removeAll()
            self.order.removeAll()
            self.oldest = 0
        }
    }

    /// Whether the cache takes this tile: a hash tile at the minimum level or above, or a partial one.
    internal func accepts(_ tile: Tile) -> Bool {
        guard let level = tile.level else {
            return false
        }
        return level >= self.minimumLevel || tile.isPartial
    }

    internal func tree(for tile: Tile) -> TileTree? {
        self.lock.withLock { self.trees[tile] }
    }

    internal func insert(_ tree: TileTree, for tile: Tile) {
        self.lock.withLock {
            guard self.trees.updateValue(tree, forKey: tile) == nil else {
                return
            }
            if self.order.count < self.capacity {
                self.order.append(tile)
                return
            }
            self.trees.removeValue(forKey: self.order[self.oldest])
            self.order[self.oldest] = tile
            self.oldest = (self.oldest + 1) % self.capacity
        }
    }
}
