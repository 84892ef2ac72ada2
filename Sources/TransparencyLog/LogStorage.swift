/// What the ``LogSequencer`` needs from a database: one transaction per batch.
///
/// The store writes the caller's records (a request event and its projection, say)
/// together with the log's new tiles, entry bundles and signed checkpoint, so an
/// event is in the log exactly when it is in the database: never one without the other.
public protocol LogStorage: Sendable {
    /// What the store writes with each leaf, such as an event row.
    associatedtype Record: Sendable

    /// Commits one batch, in one transaction.
    ///
    /// Inside the transaction the store must, in order:
    /// 1. take a lock that serialises every writer of this log (across processes, for a shared database);
    /// 2. read the current tree size and the bytes of `LogAppender(treeSize:).requiredTiles`;
    /// 3. call `seal` with them, which appends the batch's entries and signs the new checkpoint;
    /// 4. write record `i` with leaf index `sealed.firstIndex + i`, every tile in `sealed.append.tiles`
    ///    (replacing narrower versions) and `sealed.checkpoint`; then commit.
    ///
    /// - Parameters:
    ///   - records: the batch, in log order.
    ///   - seal: the pure append and signature (``LogSealer/seal(entries:treeSize:tiles:)`` bound to the batch).
    /// - Returns: what `seal` returned, once the transaction is durable.
    /// - Throws: the store's own error if the batch could not be committed; nothing of it is then stored.
    func commit(
        _ records: [Record],
        seal: @escaping @Sendable (_ treeSize: UInt64, _ tiles: [Tile: [UInt8]]) throws -> SealedBatch
    ) async throws -> SealedBatch
}

/// A batch appended and signed, ready to store.
public struct SealedBatch: Sendable, Hashable {
    /// The leaf index of the batch's first entry.
    public let firstIndex: UInt64
    /// The new tiles, entry bundles and root.
    public let append: AppendResult
    /// The checkpoint of the new tree, signed.
    public let checkpoint: SignedNote

    public init(firstIndex: UInt64, append: AppendResult, checkpoint: SignedNote) {
        self.firstIndex = firstIndex
        self.append = append
        self.checkpoint = checkpoint
    }
}
