import TransparencyLog

/// A tiled log built by appending entries, keeping every partial tile so proofs can be generated at every
/// size the appends stopped at.
struct LogFixture: Sendable {
    private(set) var store = MemoryTileStore()
    private(set) var entries: [[UInt8]] = []
    private(set) var roots: [UInt64: LogHash] = [0: .emptyTree]

    var size: UInt64 {
        UInt64(self.entries.count)
    }

    /// Appends a batch with the pure appender, reading the right edge from the store.
    @discardableResult
    mutating func append(_ batch: [[UInt8]]) throws -> AppendResult {
        let appender = LogAppender(treeSize: self.size)
        let required = appender.requiredTiles
        let existing = Dictionary(uniqueKeysWithValues: zip(required, try self.store.readTiles(required)))
        let result = try appender.append(batch, existing: existing)
        self.store.write(result.tiles)
        self.entries += batch
        self.roots[result.newSize] = result.rootHash
        return result
    }

    /// A fixture built one entry at a time, so every size has its partial tiles.
    static func oneByOne(_ entries: [[UInt8]]) throws -> LogFixture {
        var fixture = LogFixture()
        for entry in entries {
            try fixture.append([entry])
        }
        return fixture
    }

    func reader(size: UInt64, cache: TileCache? = nil) -> TileHashReader<MemoryTileStore> {
        TileHashReader(treeSize: size, tiles: self.store, cache: cache)
    }

    /// Entry `i` is the ASCII string "entry-<i>", as in the [big-log] vectors.
    static func bigLogEntry(_ index: Int) -> [UInt8] {
        Array("entry-\(index)".utf8)
    }

    /// Entry `i` of the [leaves-a-h] vectors is the single byte 'a' + i.
    static func letterEntry(_ index: Int) -> [UInt8] {
        [UInt8(ascii: "a") + UInt8(index)]
    }
}
