import TransparencyLog

/// The transparency log's storage: batches of request events committed with the
/// tiles, entry bundles and signed checkpoint that cover them, in one transaction.
///
/// Both adapters conform; the conformance suite checks they keep one log without gaps
/// or forks. The log's tiles are kept one row a tile, the widest version, and narrower
/// partial tiles are served as its prefix (``TransparencyLog/Tile/served(from:)``).
public protocol LogStore: LogStorage, TileReader where Record == RequestEventRecord {
    /// The bytes of a tile or entry bundle as the tlog-tiles API serves it, or `nil` if
    /// the log has no such tile (yet).
    func tile(_ tile: Tile) async throws -> [UInt8]?

    /// The latest signed checkpoint, as a signed note's text, or `nil` for an empty log.
    func latestCheckpoint() async throws -> String?

    /// The events of one request, in order.
    func events(ofRequest requestID: String) async throws -> [RequestEventRecord]

    /// The event at a leaf index, or `nil`.
    func event(atLogIndex index: UInt64) async throws -> RequestEventRecord?
}

/// A ``LogStore`` behind an existential, as a concrete ``TransparencyLog/LogStorage``
/// for ``TransparencyLog/LogSequencer`` (existentials do not conform to their protocol).
public struct AnyLogStore: LogStorage {
    public let base: any LogStore

    public init(_ base: any LogStore) {
        self.base = base
    }

    public func commit(
        _ records: [RequestEventRecord], seal: @escaping @Sendable (UInt64, [Tile: [UInt8]]) throws -> SealedBatch
    ) async throws -> SealedBatch {
        try await base.commit(records, seal: seal)
    }
}

extension AnyLogStore: TileReader {
    public func readTiles(_ tiles: [Tile]) async throws -> [[UInt8]] {
        try await base.readTiles(tiles)
    }

    public func readHashTiles(_ tiles: [Tile]) async throws -> [StoredHashTile] {
        try await base.readHashTiles(tiles)
    }
}

/// Everything Confidant stores: the registry (with its trace index), the transparency log,
/// and the agencies, agreements, keys and requests.
public typealias ConfidantStorage = RegistryStore & LogStore & DisclosureStore
