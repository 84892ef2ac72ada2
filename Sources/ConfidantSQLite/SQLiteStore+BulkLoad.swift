import ConfidantStore
import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SQLiteStore {
    /// Creates a new database file at `path` by loading it in bulk: `body` fills a store on a
    /// scratch file beside it (`path` + `.loading`), and only once `body` has returned is that
    /// file made durable and linked into place.
    ///
    /// A first load into a new file needs none of what protects a database in use: there is
    /// no committed data to keep safe and no reader to serve meanwhile. So the scratch file
    /// keeps its rollback journal in memory, is not synced transaction by transaction and is
    /// not memory-mapped (`journal_mode = MEMORY`, `synchronous = OFF`, `mmap_size = 0`):
    /// each page is written once, instead of once to the write-ahead log and again when the
    /// log is checkpointed, and nothing waits for the disk until the end (an import flushes
    /// its pages and starts the disk writing them batch by batch, ``ScratchFlush``, but does
    /// not wait). The guarantees hold for the file as a whole instead: until
    /// the final `fsync` and link, nothing exists at `path`, so a failure or a crash leaves
    /// nothing behind there (a failed load removes its scratch file; one left by a crash is
    /// replaced by the next load; a second load into the same new file while one runs is
    /// refused), and once `path` exists it is complete and durable. Later
    /// opens with ``init(path:)`` put it in WAL mode as usual.
    ///
    /// - Parameters:
    ///   - path: Where the new database goes; nothing may exist there yet.
    ///   - body: Fills the store, which is migrated first.
    /// - Throws: ``ConfidantStore/StoreError`` (`conflict`) if a file exists at `path` (before
    ///   or, from another process, during the load) or another load into it is running,
    ///   (`unavailable`) if the files cannot be written or synced, and whatever `body` throws.
    ///   Nothing is then left at `path`, unless only the last step failed: syncing the
    ///   directory after the complete file was linked.
    /// - Returns: What `body` returned.
    public static func bulkLoad<T: Sendable>(
        into path: String, _ body: (SQLiteStore) async throws -> T
    ) async throws -> T {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.conflict("a database already exists there; a bulk load only creates a new one")
        }
        let scratch = path + ".loading"
        let claim = try claimScratch(scratch)
        // Held until the scratch file is linked into place or removed.
        defer { close(claim) }
        var configuration = configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = MEMORY")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            // Nothing is read back often enough to gain from a memory map; mapped pages would
            // only stay resident and count against the load's memory.
            try db.execute(sql: "PRAGMA mmap_size = 0")
            // The import's page cache for the whole load, so what is written after the
            // import (a seed's clinical entries, checking their patients) finds its pages cached.
            try db.execute(sql: "PRAGMA cache_size = \(importCacheSize)")
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: scratch, configuration: configuration)
        } catch {
            removeScratch(scratch)
            throw translate(error, "a new database could not be created")
        }
        do {
            let store = SQLiteStore(writer: queue, scratchFlush: ScratchFlush(descriptor: claim))
            try await store.migrate()
            // What `body` throws (a bad row, say) goes to the caller as it is.
            let result = try await body(store)
            do {
                try queue.close()
            } catch {
                throw translate(error, "the loaded database could not be closed")
            }
            try syncFile(scratch)
            guard link(scratch, path) == 0 else {
                throw errno == EEXIST
                    ? StoreError.conflict("a database appeared there during the bulk load; it was left as it was")
                    : StoreError.unavailable("the loaded database could not be moved into place")
            }
            removeScratch(scratch)
            // The new directory entry must be durable too.
            try syncFile(URL(fileURLWithPath: path).deletingLastPathComponent().path)
            return result
        } catch {
            try? queue.close()
            removeScratch(scratch)
            throw error
        }
    }

    /// Opens the scratch file and takes an exclusive `flock` on it for this load, then empties
    /// it: what a crashed load left there is garbage. The lock keeps two loads into the same new
    /// file from sharing one scratch file; the kernel drops it if this process dies.
    ///
    /// - Returns: the descriptor holding the lock; close it when the load is over.
    private static func claimScratch(_ scratch: String) throws -> Int32 {
        let descriptor = open(scratch, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw StoreError.unavailable("a new database could not be created there") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw StoreError.conflict("another bulk load into the same file is running")
        }
        guard ftruncate(descriptor, 0) == 0 else {
            close(descriptor)
            throw StoreError.unavailable("a new database could not be created there")
        }
        for suffix in ["-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: scratch + suffix)
        }
        return descriptor
    }

    /// Removes a scratch database and its journal files, if any.
    private static func removeScratch(_ scratch: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: scratch + suffix)
        }
    }

    /// Flushes a file (or a directory's entries) to the disk.
    private static func syncFile(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw StoreError.unavailable("the loaded database could not be opened to sync") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw StoreError.unavailable("the loaded database could not be synced") }
    }
}
