/// The pure core of the log sequencer: appends a batch of entries to a tiled log and returns everything to
/// write, without doing any I/O.
///
/// An append reads only the right edge of the tree, at most one partial tile per level and the partial
/// entry bundle (``requiredTiles``), and writes every tile and entry bundle the batch creates or extends,
/// full and partial, plus the new root. The work is proportional to the batch plus the height of the tree,
/// never to the size of the tree, so the caller can write the whole result in one transaction:
///
/// ```swift
/// let appender = LogAppender(treeSize: currentSize)
/// let result = try await appender.append(batch, reading: store)
/// // in one transaction: write result.tiles, record result.newSize and result.rootHash
/// ```
public struct LogAppender: Sendable, Hashable {
    /// The size of the tree before the append.
    public let treeSize: UInt64

    /// Creates an appender for a tree of `treeSize` leaves.
    ///
    /// - Parameter treeSize: The current tree size.
    public init(treeSize: UInt64) {
        self.treeSize = treeSize
    }

    /// The tiles an append must read: the current partial tile at every level and the partial entry bundle.
    public var requiredTiles: [Tile] {
        let layout = TileLayout(treeSize: self.treeSize)
        var tiles = layout.partialTiles
        if let bundle = layout.levels.first?.partialTile?.entryBundle {
            tiles.insert(bundle, at: 0)
        }
        return tiles
    }

    /// Appends entries, reading the right edge of the tree through `tiles`.
    ///
    /// - Parameters:
    ///   - entries: The new entries, in log order; each at most 65,535 bytes.
    ///   - tiles: The tile store of the current tree.
    /// - Throws: ``TransparencyLogError/Code/entryTooLarge`` for an oversized entry,
    ///   ``TransparencyLogError/Code/storageFailure`` when the reader fails, and
    ///   ``TransparencyLogError/Code/invalidTile`` or ``TransparencyLogError/Code/invalidEntryBundle`` when a
    ///   stored tile is malformed.
    /// - Returns: The new leaf hashes, tiles and root.
    public func append(_ entries: [[UInt8]], reading tiles: some TileReader) async throws -> AppendResult {
        let required = self.requiredTiles
        let contents = try await tiles.readTilesChecked(required)
        return try self.append(entries, existing: Dictionary(uniqueKeysWithValues: zip(required, contents)))
    }

    /// Appends entries, given the right edge of the tree already read.
    ///
    /// - Parameters:
    ///   - entries: The new entries, in log order; each at most 65,535 bytes.
    ///   - existing: The bytes of every tile in ``requiredTiles``; other tiles are ignored.
    /// - Throws: ``TransparencyLogError/Code/entryTooLarge`` for an oversized entry,
    ///   ``TransparencyLogError/Code/storageFailure`` when a required tile is missing, and
    ///   ``TransparencyLogError/Code/invalidTile`` or ``TransparencyLogError/Code/invalidEntryBundle`` when a
    ///   tile is malformed.
    /// - Returns: The new leaf hashes, tiles and root.
    public func append(_ entries: [[UInt8]], existing: [Tile: [UInt8]]) throws -> AppendResult {
        let (newSize, overflow) = self.treeSize.addingReportingOverflow(UInt64(entries.count))
        guard !overflow else {
            throw TransparencyLogError.invalidProofRequest("the tree cannot grow past 2^64 entries")
        }
        func stored(_ tile: Tile) throws -> [UInt8] {
            guard let bytes = existing[tile] else {
                throw TransparencyLogError.storageFailure("the append needs \(tile.path), which is missing")
            }
            return bytes
        }
        let oldLayout = TileLayout(treeSize: self.treeSize)
        var written: [TileData] = []

        // Entry bundles, parallel to level 0.
        var bundled: [[UInt8]] = []
        if let bundle = oldLayout.levels.first?.partialTile?.entryBundle, !entries.isEmpty {
            bundled = try EntryBundle(bytes: stored(bundle), tile: bundle).entries
        }
        bundled += entries
        for (offset, chunk) in Self.chunks(of: bundled.count) {
            let tile = Tile(unchecked: .entries, index: (self.treeSize >> 8) + UInt64(offset), width: chunk.count)
            written.append(TileData(tile: tile, bytes: try EntryBundle(entries: Array(bundled[chunk])).bytes))
        }

        // Hash tiles, level by level; each full tile feeds one hash into the level above.
        let leafHashes = entries.map { LogHash.leaf($0) }
        var incoming = leafHashes
        var rightEdge: [[LogHash]] = []
        let levelCount = TileLayout(treeSize: newSize).levels.count
        var level = 0
        while level < levelCount {
            let oldCount = self.treeSize >> UInt64(Tile.height * level)
            var hashes: [LogHash] = []
            if let partial = oldLayout.levels.indices.contains(level) ? oldLayout.levels[level].partialTile : nil {
                hashes = try partial.hashes(from: stored(partial))
            }
            guard !incoming.isEmpty else {
                rightEdge.append(hashes)
                level += 1
                continue
            }
            hashes += incoming
            incoming = []
            var partial: [LogHash] = []
            for (offset, chunk) in Self.chunks(of: hashes.count) {
                let tile = Tile(
                    unchecked: .hashes(level: level), index: (oldCount >> 8) + UInt64(offset), width: chunk.count)
                written.append(TileData(tile: tile, bytes: Tile.bytes(of: hashes[chunk])))
                if chunk.count == Tile.fullWidth {
                    incoming.append(TileTree.subtreeHash(hashes[chunk]))
                } else {
                    partial = Array(hashes[chunk])
                }
            }
            rightEdge.append(partial)
            level += 1
        }
        return AppendResult(
            oldSize: self.treeSize,
            newSize: newSize,
            leafHashes: leafHashes,
            tiles: written,
            rootHash: Self.root(rightEdge: rightEdge)
        )
    }
}
