extension Tile {
    /// The bytes to serve for this tile, given the widest version of it a store holds.
    ///
    /// Tiles and entry bundles only ever grow at the end, so a store keeps one row per
    /// tile, the widest, and serves any narrower partial tile as its prefix.
    ///
    /// - Parameter stored: the stored tile's bytes.
    /// - Returns: `nil` when the stored tile is narrower than this one (it does not exist yet)
    ///   or is malformed.
    public func served(from stored: [UInt8]) -> [UInt8]? {
        guard level != nil else {
            guard let bundle = try? EntryBundle(bytes: stored), bundle.entries.count >= width else { return nil }
            guard bundle.entries.count > width else { return stored }
            return (try? EntryBundle(entries: Array(bundle.entries.prefix(width))))?.bytes
        }
        let count = width * LogHash.byteCount
        guard stored.count >= count, stored.count % LogHash.byteCount == 0 else { return nil }
        return Array(stored.prefix(count))
    }
}
