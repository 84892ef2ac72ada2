extension Tile {
    /// The bytes to serve for this tile, given the widest version of it a store holds.
    ///
    /// Tiles and entry bundles only ever grow at the end, so a store keeps one row per
    /// tile, the widest, and serves any narrower partial tile as its prefix.
    ///
    /// - Parameter stored: the stored tile's bytes.
    /// - Returns: `nil` when the stored tile is narrower than this one (it does not exist yet).
    /// - Throws: ``TransparencyLogError/Code/invalidTile`` or ``TransparencyLogError/Code/invalidEntryBundle``
    ///   when the stored bytes are not a tile or bundle at all: the store is damaged, which must not read
    ///   as "not there yet".
    public func served(from stored: [UInt8]) throws -> [UInt8]? {
        guard level != nil else {
            let bundle: EntryBundle
            do {
                bundle = try EntryBundle(bytes: stored)
            } catch {
                throw TransparencyLogError.invalidEntryBundle("the stored entry bundle \(path) is malformed")
            }
            guard bundle.entries.count >= width else { return nil }
            guard bundle.entries.count > width else { return stored }
            return try EntryBundle(entries: Array(bundle.entries.prefix(width))).bytes
        }
        guard stored.count % LogHash.byteCount == 0, stored.count <= Tile.fullWidth * LogHash.byteCount else {
            throw TransparencyLogError.invalidTile(
                "the stored tile \(path) is \(stored.count) bytes, not a whole number of hashes")
        }
        let count = width * LogHash.byteCount
        guard stored.count >= count else { return nil }
        return Array(stored.prefix(count))
    }
}
