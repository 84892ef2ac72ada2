import ConfidantCore
import ConfidantStore
import GRDB

extension SQLiteStore {
    /// Imports in one write transaction on GRDB's writer queue: the source is read
    /// there too, so a failure anywhere rolls back everything.
    public func importPatients(
        from source: some PatientBatchSource,
        receivedOn: CalendarDate,
        progress: @escaping @Sendable (Int) -> Void
    ) async throws -> ImportSummary {
        do {
            return try await writer.write { db in
                // A larger page cache keeps the B-trees of a bulk load in memory (about 256 MiB).
                try db.execute(sql: "PRAGMA cache_size = -262144")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                let writer = try SQLitePatientWriter(db)
                var summary = ImportSummary()
                while let batch = try Self.next(from: source) {
                    for incoming in batch {
                        let rows = PatientRows(incoming)
                        if try writer.insertIfNew(rows, db) {
                            summary.inserted += 1
                        } else {
                            guard let stored = try SQLitePatientReader.patient(rows.main.nhsNumber, in: db) else {
                                throw StoreError.conflict("a patient vanished during import")
                            }
                            try writer.replace(PatientRows(stored.merging(incoming, on: receivedOn)))
                            summary.updated += 1
                        }
                    }
                    progress(summary.total)
                }
                return summary
            }
        } catch {
            throw Self.translate(error, "the import could not be stored; nothing was changed")
        }
    }

    private static func next(from source: some PatientBatchSource) throws -> [Patient]? {
        do {
            return try source.nextBatch()
        } catch {
            throw SourceFailure(error: error)
        }
    }
}
