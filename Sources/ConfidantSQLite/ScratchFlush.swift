import CSQLiteSetup
import GRDB
import GRDBSQLite

/// What a bulk load does after each batch an import writes: SQLite's dirty pages go to the
/// scratch file, and the kernel is asked to start writing them to the disk.
///
/// A bulk load's page cache is large (``SQLiteStore/importCacheSize``) and syncs nothing
/// until its end (``SQLiteStore/bulkLoad(into:_:)``), so without this the patient tables'
/// pages stayed in SQLite's cache until the import's last second, when the writer, filing
/// the trace index alone, also wrote them out, and then the final `fsync` waited for the
/// whole file to reach the disk. Flushed a batch at a time (`sqlite3_db_cacheflush`, which
/// keeps the pages cached, clean), they are written while the parsing threads still work,
/// and the disk writes them meanwhile (`sync_file_range` without waiting). A 1,000,000-patient
/// import's last phase went from about 0.85 to 0.65 s and its final `fsync` from about 0.4 to
/// 0.15 s (`docs/performance.md`). Durability is unchanged: the `fsync` still comes before
/// the file is linked into place.
///
/// Only a batch that appends is flushed: one whose NHS numbers all follow those written
/// before it, as in a file exported from a registry. Then every page written before is
/// final, since each table is keyed by NHS number first. Batches in no order (a seed, a
/// shuffled file) touch pages all over the tables, and flushing each wrote most pages many
/// times over: a 1,000,000-patient seed took 35 s instead of 15.
///
/// While batches append, the page cache is also cut to ``appendingCacheSize``: flushed pages
/// are only read again if a later batch does not append, and the large cache's pages, each
/// allocated and touched once, were a third of the import's memory and page faults
/// (`docs/performance.md`). A batch that does not append gets the large cache back.
///
/// A database in use (WAL mode) never has one: its transactions are synced by SQLite.
struct ScratchFlush: Sendable {
    /// The scratch file, open for the load.
    let descriptor: Int32
    /// The highest NHS number the import has written.
    private var highest = Int64.min
    /// Whether the cache is at ``appendingCacheSize``.
    private var cacheCut = false

    /// The page cache while batches append, as `PRAGMA cache_size` takes it (32 MiB): room for
    /// the pages one batch dirties, about 3 MB, and the B-trees' upper levels.
    static let appendingCacheSize: Int64 = -32_768

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes the connection's dirty pages to the file and starts their writeback, if the
    /// batch just written appended; call inside the import's transaction, between batches.
    ///
    /// - Parameter numbers: the batch's NHS numbers, ascending.
    /// - Throws: SQLite's error if the pages cannot be written. A writeback that does not
    ///   start only leaves more for the final `fsync`, which reports its own failure.
    mutating func afterBatch(of numbers: [Int64], in db: Database) throws {
        guard let first = numbers.first, let last = numbers.last else { return }
        let appended = first > highest
        highest = max(highest, last)
        guard appended else {
            if cacheCut {
                try db.execute(sql: "PRAGMA cache_size = \(SQLiteStore.importCacheSize)")
                cacheCut = false
            }
            return
        }
        let code = sqlite3_db_cacheflush(db.sqliteConnection)
        // BUSY means some page was in use and stays dirty for later: nothing is lost.
        guard code == SQLITE_OK || code == SQLITE_BUSY else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: "the import's pages could not be written")
        }
        _ = confidant_start_writeback(descriptor)
        if !cacheCut {
            // After the flush, so the pages it drops are clean and need no writing.
            try db.execute(sql: "PRAGMA cache_size = \(Self.appendingCacheSize)")
            cacheCut = true
        }
    }
}
