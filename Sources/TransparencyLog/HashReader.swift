/// A source of stored Merkle tree hashes, such as tiles in a database.
///
/// Proof generation asks for every hash it needs in one call, so a reader backed by a database can answer
/// with one query. ``TileHashReader`` answers from C2SP tiles through a ``TileReader``.
public protocol HashReader {
    /// Reads the stored hashes at the given indexes.
    ///
    /// - Parameter indexes: The hashes wanted, each the root of a perfect subtree that lies inside the tree.
    /// - Throws: Whatever the storage throws when it cannot answer.
    /// - Returns: One hash per index, in the same order.
    func readHashes(at indexes: [StoredHashIndex]) async throws -> [LogHash]
}

extension HashReader {
    /// Reads the hashes of the given ranges of leaves, each one RFC 9162 subtree, in one call to the reader.
    internal func readRangeHashes(_ ranges: [Range<UInt64>]) async throws -> [LogHash] {
        var indexes: [StoredHashIndex] = []
        for range in ranges {
            TreeMath.appendPerfectSubtrees(of: range, to: &indexes)
        }
        let hashes: [LogHash]
        do {
            hashes = try await self.readHashes(at: indexes)
        } catch let error as TransparencyLogError {
            throw error
        } catch {
            throw TransparencyLogError.storageFailure("the hash reader failed", underlying: error)
        }
        guard hashes.count == indexes.count else {
            throw TransparencyLogError.storageFailure(
                "the hash reader returned \(hashes.count) hashes for \(indexes.count) indexes"
            )
        }
        var cursor = hashes[...]
        return ranges.map { TreeMath.foldPerfectSubtrees(of: $0, from: &cursor) }
    }
}
