import ConfidantStore
import GRDB
import TransparencyLog

/// A connection of the log's own for reading tiles on the caller's thread.
///
/// An inclusion proof reads one level-0 tile: an indexed lookup of an 8 KiB blob that the
/// page cache holds, a few microseconds of work. Through GRDB's async reader pool the same
/// read costs two thread hops and a transaction, about 200 µs on this project's machines,
/// which is most of a proof's time (`confidant log bench-reads`). So tile reads take this
/// dedicated connection synchronously instead. It is a deliberate exception to "only async
/// reads on request paths": the read is bounded (one or a few primary-key lookups), the
/// connection is used for nothing else, so a caller never waits behind a long query, and it
/// is `query_only`, so it can never write.
final class SQLiteTileConnection: Sendable {
    private let queue: DatabaseQueue

    /// Opens a second connection to the database file at `path`, which the store's pool has
    /// already opened (and put in WAL mode).
    init(path: String) throws {
        // The store's own settings (busy timeout, memory map), and never a write.
        var configuration = SQLiteStore.configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Runs a read of the log's tiles in one transaction, on the caller's thread.
    ///
    /// Synchronous on purpose (see the type's documentation).
    ///
    /// - Throws: What `body` throws, such as ``ConfidantStore/StoreError`` (`corrupt`) for a
    ///   malformed stored tile, or the driver's error.
    func withReader<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.read(body)
    }
}
