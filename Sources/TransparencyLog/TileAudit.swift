/// Checks a tiled log's stored tiles and entry bundles against a trusted tree size and root hash, such as
/// those of a verified checkpoint.
///
/// Every byte is covered: each entry must hash to its level-0 tile hash, each full tile must hash to its
/// hash in the tile above, and the partial tiles of the right edge must hash to the root. Any change to any
/// tile or bundle byte makes the audit fail. The audit reads every tile once, so its cost grows with the
/// log; it is a tool for monitors and auditors, not for request paths.
public enum TileAudit {
    /// Audits the tiles of the tree of `treeSize` leaves.
    ///
    /// - Parameters:
    ///   - treeSize: The trusted tree size.
    ///   - rootHash: The trusted root hash.
    ///   - tiles: The tile store to audit.
    ///   - includingEntries: Whether to check entry bundles too, not only hash tiles.
    ///   - batchSize: How many tiles to ask the reader for at once.
    /// - Returns: ``ProofVerification/valid``, or the first problem found.
    public static func verify(
        treeSize: UInt64,
        rootHash: LogHash,
        tiles: some TileReader,
        includingEntries: Bool = true,
        batchSize: Int = 256
    ) async -> ProofVerification {
        let layout = TileLayout(treeSize: treeSize)
        var expected: [LogHash] = []
        var rightEdge: [[LogHash]] = []
        for level in layout.levels {
            let levelTiles = layout.tiles(level: level.level)
            var hashes: [LogHash] = []
            var start = 0
            while start < levelTiles.count {
                let batch = Array(levelTiles[start..<min(start + max(1, batchSize), levelTiles.count)])
                start += batch.count
                switch await Self.readLevelBatch(batch, entries: includingEntries && level.level == 0, from: tiles) {
                case .hashes(let batchHashes): hashes += batchHashes
                case .failed(let failure): return .invalid(failure)
                }
            }
            if level.level > 0, hashes != expected {
                return .invalid(
                    VerificationFailure(.tileMismatch, "a level-\(level.level) tile disagrees with the tiles below")
                )
            }
            let fullHashes = Int(level.fullCount) * Tile.fullWidth
            expected = stride(from: 0, to: fullHashes, by: Tile.fullWidth).map {
                TileTree.subtreeHash(hashes[$0..<($0 + Tile.fullWidth)])
            }
            rightEdge.append(Array(hashes[fullHashes...]))
        }
        guard LogAppender.root(rightEdge: rightEdge) == rootHash else {
            return .invalid(VerificationFailure(.rootMismatch, "the tiles lead to a different root hash"))
        }
        return .valid
    }

    private enum BatchOutcome {
        case hashes([LogHash])
        case failed(VerificationFailure)
    }

    /// Reads and decodes a batch of hash tiles of one level, checking entry bundles when asked.
    private static func readLevelBatch(
        _ batch: [Tile],
        entries: Bool,
        from tiles: some TileReader
    ) async -> BatchOutcome {
        let bundles = entries ? batch.compactMap(\.entryBundle) : []
        let contents: [[UInt8]]
        do {
            contents = try await tiles.readTilesChecked(batch + bundles)
        } catch {
            return .failed(VerificationFailure(.unreadable, "a tile could not be read"))
        }
        var hashes: [LogHash] = []
        for (tile, bytes) in zip(batch, contents) {
            guard let tileHashes = try? tile.hashes(from: bytes) else {
                return .failed(VerificationFailure(.malformedTile, "\(tile.path) has the wrong length"))
            }
            hashes += tileHashes
        }
        for (position, bundle) in bundles.enumerated() {
            guard let entries = try? EntryBundle(bytes: contents[batch.count + position], tile: bundle) else {
                return .failed(VerificationFailure(.malformedTile, "\(bundle.path) is malformed"))
            }
            let offset = position * Tile.fullWidth
            guard entries.leafHashes == Array(hashes[offset..<(offset + bundle.width)]) else {
                return .failed(VerificationFailure(.tileMismatch, "\(bundle.path) disagrees with its hash tile"))
            }
        }
        return .hashes(hashes)
    }
}
