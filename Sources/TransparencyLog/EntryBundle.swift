/// A C2SP tlog-tiles entry bundle: log entries, each prefixed by its length as a big-endian uint16.
public struct EntryBundle: Sendable, Hashable {
    /// The longest entry a bundle can hold.
    public static let maximumEntryLength = Int(UInt16.max)

    /// The entries, in log order.
    public let entries: [[UInt8]]

    /// Creates a bundle from entries.
    ///
    /// - Parameter entries: The entries, in log order.
    /// - Throws: ``TransparencyLogError/Code/entryTooLarge`` when an entry is longer than 65,535 bytes.
    public init(entries: [[UInt8]]) throws {
        for entry in entries where entry.count > Self.maximumEntryLength {
            throw TransparencyLogError.entryTooLarge(
                "an entry of \(entry.count) bytes exceeds the \(Self.maximumEntryLength)-byte limit"
            )
        }
        self.entries = entries
    }

    /// Parses the bytes of an entry bundle.
    ///
    /// - Parameter bytes: The bundle's bytes.
    /// - Throws: ``TransparencyLogError/Code/invalidEntryBundle`` when a length prefix or an entry is
    ///   truncated.
    public init(bytes: [UInt8]) throws {
        var entries: [[UInt8]] = []
        var offset = 0
        while offset < bytes.count {
            guard offset + 2 <= bytes.count else {
                throw TransparencyLogError.invalidEntryBundle("the bundle ends inside a length prefix")
            }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            offset += 2
            guard offset + length <= bytes.count else {
                throw TransparencyLogError.invalidEntryBundle("the bundle ends inside an entry")
            }
            entries.append(Array(bytes[offset..<(offset + length)]))
            offset += length
        }
        self.entries = entries
    }

    /// Parses the bytes of the entry bundle `tile`, checking it holds exactly ``Tile/width`` entries.
    ///
    /// - Parameters:
    ///   - bytes: The bundle's bytes.
    ///   - tile: The bundle's coordinates.
    /// - Throws: ``TransparencyLogError/Code/invalidEntryBundle`` when the bytes are malformed or hold a
    ///   different number of entries.
    public init(bytes: [UInt8], tile: Tile) throws {
        try self.init(bytes: bytes)
        guard tile.kind == .entries, self.entries.count == tile.width else {
            throw TransparencyLogError.invalidEntryBundle(
                "\(tile.path) must hold \(tile.width) entries, not \(self.entries.count)"
            )
        }
    }

    /// The bundle's bytes.
    public var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(self.entries.reduce(0) { $0 + 2 + $1.count })
        for entry in self.entries {
            bytes.append(UInt8(truncatingIfNeeded: entry.count >> 8))
            bytes.append(UInt8(truncatingIfNeeded: entry.count))
            bytes.append(contentsOf: entry)
        }
        return bytes
    }

    /// The leaf hash of each entry, in order.
    public var leafHashes: [LogHash] {
        self.entries.map { LogHash.leaf($0) }
    }
}
