extension InclusionProof {
    /// Generates the inclusion proof for leaf `index` in the tree of `treeSize` leaves from stored hashes.
    ///
    /// Reads only the O(log n) hashes the proof needs, in one call to `reader`, so a proof for any entry
    /// of a very large log comes from a handful of tiles.
    ///
    /// - Parameters:
    ///   - index: The zero-based leaf index.
    ///   - treeSize: The tree size the proof is for.
    ///   - reader: The source of stored hashes for a tree of at least `treeSize` leaves.
    /// - Throws: ``TransparencyLogError/Code/invalidProofRequest`` when `index >= treeSize`, and
    ///   ``TransparencyLogError/Code/storageFailure`` when the reader fails.
    /// - Returns: The proof.
    public static func generate(
        index: UInt64,
        treeSize: UInt64,
        from reader: some HashReader
    ) async throws -> InclusionProof {
        guard index < treeSize else {
            throw TransparencyLogError.invalidProofRequest("no leaf \(index) in a tree of size \(treeSize)")
        }
        var ranges: [Range<UInt64>] = []
        TreeMath.inclusionRanges(index: index, in: 0..<treeSize, into: &ranges)
        let hashes = try await reader.readRangeHashes(ranges)
        return InclusionProof(index: index, treeSize: treeSize, hashes: hashes)
    }
}

extension ConsistencyProof {
    /// Generates the consistency proof from the tree of `oldSize` leaves to the tree of `newSize` leaves
    /// from stored hashes.
    ///
    /// - Parameters:
    ///   - oldSize: The earlier tree size.
    ///   - newSize: The later tree size.
    ///   - reader: The source of stored hashes for a tree of at least `newSize` leaves.
    /// - Throws: ``TransparencyLogError/Code/invalidProofRequest`` when `oldSize > newSize`, and
    ///   ``TransparencyLogError/Code/storageFailure`` when the reader fails.
    /// - Returns: The proof; empty when `oldSize` is 0 or equals `newSize`.
    public static func generate(
        oldSize: UInt64,
        newSize: UInt64,
        from reader: some HashReader
    ) async throws -> ConsistencyProof {
        guard oldSize <= newSize else {
            throw TransparencyLogError.invalidProofRequest("no consistency proof from \(oldSize) to \(newSize)")
        }
        guard oldSize > 0, oldSize < newSize else {
            return ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: [])
        }
        var ranges: [Range<UInt64>] = []
        TreeMath.consistencyRanges(oldSize: oldSize, in: 0..<newSize, into: &ranges)
        let hashes = try await reader.readRangeHashes(ranges)
        return ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: hashes)
    }
}

extension LogHash {
    /// Computes the root hash of the tree of `treeSize` leaves from stored hashes.
    ///
    /// - Parameters:
    ///   - treeSize: The tree size.
    ///   - reader: The source of stored hashes for a tree of at least `treeSize` leaves.
    /// - Throws: ``TransparencyLogError/Code/storageFailure`` when the reader fails.
    /// - Returns: The root hash; ``emptyTree`` for size 0.
    public static func treeHash(size treeSize: UInt64, from reader: some HashReader) async throws -> LogHash {
        guard treeSize > 0 else {
            return .emptyTree
        }
        return try await reader.readRangeHashes([0..<treeSize])[0]
    }
}
