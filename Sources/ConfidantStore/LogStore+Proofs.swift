import TransparencyLog

extension LogStore {
    /// The size of the tree the latest checkpoint signs, or 0 for an empty log.
    ///
    /// The store wrote the checkpoint itself, so it is parsed, not verified.
    ///
    /// - Throws: ``StoreError`` if the store fails, or a `TransparencyLogError` if the stored note is malformed.
    public func latestTreeSize() async throws -> UInt64 {
        guard let note = try await latestCheckpoint() else { return 0 }
        return try Checkpoint(parsing: SignedNote(parsing: note).text).size
    }

    /// A C2SP tlog-proof receipt for the entry at `index`, against the latest checkpoint.
    ///
    /// - Throws: ``StoreError/Code/notFound`` if the log does not hold the entry yet.
    public func receipt(forLogIndex index: UInt64) async throws -> Receipt {
        guard let text = try await latestCheckpoint() else { throw StoreError.notFound("the log is empty") }
        let note = try SignedNote(parsing: text)
        let size = try Checkpoint(parsing: note.text).size
        guard index < size else { throw StoreError.notFound("the entry is not in the log yet") }
        return try await Receipt.generate(
            index: index, checkpoint: note, from: TileHashReader(treeSize: size, tiles: AnyLogStore(self)))
    }
}
