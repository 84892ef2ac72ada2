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
/// A database in use (WAL mode) never has one: its transactions are synced by SQLite.
struct ScratchFlush: Sendable {
    /// The scratch file, open for the load.
    let descriptor: Int32
    /// The highest NHS number the import has written.
    private var highest = Int64.min

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
        guard appended else { return }
        let code = sqlite3_db_cacheflush(db.sqliteConnection)
        // BUSY means some page was in use and stays dirty for later: nothing is lost.
        guard code == SQLITE_OK || code == SQLITE_BUSY else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: "the import's pages could not be written")
        }
        _ = confidant_start_writeback(descriptor)
    }
}
