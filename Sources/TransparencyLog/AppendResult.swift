/// What one append produces: everything the caller writes in one transaction.
public struct AppendResult: Sendable, Hashable {
    /// The tree size before the append.
    public let oldSize: UInt64
    /// The tree size after the append.
    public let newSize: UInt64
    /// The leaf hash of each new entry, in order; entry `i` of the batch has index `oldSize + i`.
    public let leafHashes: [LogHash]
    /// Every hash tile and entry bundle the append created or extended, full and partial: entry bundles
    /// first, then hash tiles by level and index.
    public let tiles: [TileData]
    /// The root hash of the tree of `newSize` leaves.
    public let rootHash: LogHash
}
