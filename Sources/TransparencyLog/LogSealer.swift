/// Appends a batch to the tree and signs the new checkpoint: the pure step inside a
/// ``LogStorage`` commit.
public struct LogSealer: Sendable {
    /// The checkpoint origin, such as `confidant.example.nhs.uk/log`.
    public let origin: String
    /// The log's signing key.
    public let signer: NoteSigner

    public init(origin: String, signer: NoteSigner) {
        self.origin = origin
        self.signer = signer
    }

    /// The signed checkpoint of the empty tree (size 0, the root SHA-256 of nothing).
    ///
    /// tlog-tiles requires a log to serve a checkpoint; before its first entry a log serves this one.
    /// It is consistent with every later checkpoint, so signing it never forks the log.
    ///
    /// - Throws: ``TransparencyLogError`` if signing fails.
    public func emptyCheckpoint() throws -> SignedNote {
        try Checkpoint(origin: origin, size: 0, rootHash: .emptyTree).sign(with: [signer])
    }

    /// Appends `entries` to a tree of `treeSize` leaves whose right edge is `tiles`, and signs the result.
    ///
    /// A checkpoint is signed only over tiles read in the same transaction that stores
    /// them, so two checkpoints this log signs are always consistent, across restarts too.
    ///
    /// - Throws: ``TransparencyLogError`` if a tile is missing or malformed, an entry is too large, or signing fails.
    public func seal(entries: [[UInt8]], treeSize: UInt64, tiles: [Tile: [UInt8]]) throws -> SealedBatch {
        let append = try LogAppender(treeSize: treeSize).append(entries, existing: tiles)
        let checkpoint = try Checkpoint(origin: origin, size: append.newSize, rootHash: append.rootHash)
        return SealedBatch(firstIndex: treeSize, append: append, checkpoint: try checkpoint.sign(with: [signer]))
    }
}
