import ConfidantCore
import ConfidantStore
import GRDB

extension SQLiteStore {
    /// Imports in one write transaction on GRDB's writer queue, so a failure anywhere
    /// rolls back everything.
    ///
    /// Turning patients into rows runs ahead of the writer, on the source's threads
    /// (``ConfidantStore/PatientBatchSource/prepared(_:)``): a CSV file is parsed and
    /// converted by one thread a core, a batch on each, while the writer writes.
    public func importPatients(
        from source: some PatientBatchSource,
        receivedOn: CalendarDate,
        progress: @escaping @Sendable (Int) -> Void
    ) async throws -> ImportSummary {
        let spent = SpentBatches()
        let converted = source.prepared { batch in
            spent.release()
            return ConvertedBatch(batch)
        }
        defer { converted.cancel() }
        do {
            return try await writer.writeWithoutTransaction { db in
                // A larger page cache keeps the B-trees of a bulk load in memory (about 256 MiB).
                let cached = try Int64.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = \(min(cached, Self.importCacheSize))")
                // No memory map while importing: the writer works on its own cached pages, and
                // file pages it maps stay resident and count against the import's memory.
                let mapped = try Int64.fetchOne(db, sql: "PRAGMA mmap_size") ?? 0
                try db.execute(sql: "PRAGMA mmap_size = 0")
                // Every child row is written right after its patient row (or once that row is
                // known to exist), so the foreign keys hold by construction; checking them cost
                // a B-tree seek a child row. The pragma is a no-op inside a transaction, hence here.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer {
                    try? db.execute(sql: "PRAGMA foreign_keys = ON")
                    try? db.execute(sql: "PRAGMA cache_size = \(cached)")
                    try? db.execute(sql: "PRAGMA mmap_size = \(mapped)")
                }
                var summary = ImportSummary()
                try db.inTransaction(.immediate) {
                    summary = try Self.store(
                        converted, receivedOn: receivedOn, progress: progress, spent: spent,
                        flush: scratchFlush, in: db)
                    return .commit
                }
                return summary
            }
        } catch {
            throw Self.translate(error, "the import could not be stored; nothing was changed")
        }
    }

    /// The page cache while importing, as `PRAGMA cache_size` takes it: negative is KiB (256 MiB).
    static let importCacheSize: Int64 = -262_144

    /// Writes every converted batch; runs inside the import's transaction.
    private static func store(
        _ converted: any BatchStream<ConvertedBatch>, receivedOn: CalendarDate,
        progress: (Int) -> Void, spent: SpentBatches, flush: ScratchFlush?, in db: Database
    ) throws -> ImportSummary {
        let writer = try SQLitePatientWriter(db)
        var flush = flush
        var summary = ImportSummary()
        while let batch = try next(from: converted) {
            let known = try writer.insertNew(batch.rows)
            summary.inserted += batch.rows.count - known.count
            // Merged after the batch's new patients are in, so a patient twice in the batch
            // merges into its first record.
            for position in known {
                let incoming = batch.patient(at: position)
                guard let stored = try SQLitePatientReader.patient(batch.rows.numbers[position], in: db) else {
                    throw StoreError.conflict("a patient vanished during import")
                }
                let merged = stored.merging(incoming, on: receivedOn)
                // A registry refresh mostly repeats what is stored: nothing to write then.
                if merged != stored {
                    try writer.replace(BoundRows(merged), oldKeys: TraceRows(stored).keys)
                }
                summary.updated += 1
            }
            spent.keep(batch)
            try flush?.afterBatch(of: batch.rows.numbers, in: db)
            progress(summary.total)
        }
        try writer.finish()
        return summary
    }

    /// The next converted batch; what the stream throws is the source's error (converting never throws).
    private static func next(from converted: any BatchStream<ConvertedBatch>) throws -> ConvertedBatch? {
        do {
            return try converted.next()
        } catch {
            throw SourceFailure(error: error)
        }
    }
}
