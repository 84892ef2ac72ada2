import ConfidantCore
import ConfidantStore
import PostgresNIO

extension PostgresStore {
    /// Imports in one transaction on one connection, a few statements per batch: which
    /// patients exist (locking them), then `COPY` for new patients and set-based
    /// rewrites for merged ones. Batches are read and encoded ahead, on the source's threads
    /// (``ConfidantStore/PatientBatchSource/prepared(_:)``), and waited for on NIO's thread
    /// pool (the wait blocks) while the database stores the one before.
    public func importPatients(
        from source: some PatientBatchSource,
        receivedOn: CalendarDate,
        progress: @escaping @Sendable (Int) -> Void
    ) async throws -> ImportSummary {
        let prepared = source.prepared { batch in Self.rounds(batch).map(PreparedRound.init) }
        defer { prepared.cancel() }
        return try await transaction("the import could not be stored; nothing was changed") { connection in
            // The planner has no statistics for rows this transaction inserts, and without
            // them it takes `= ANY($1)` over thousands of keys for most of the table and
            // scans it, which makes a large import quadratic. Every query here is by key.
            try await connection.query("SET LOCAL enable_seqscan = off", logger: logger)
            var summary = ImportSummary()
            var next = try await Self.nextBatch(from: prepared)
            while let batch = next {
                async let following = Self.nextBatch(from: prepared)
                for round in batch {
                    let stored = try await store(round, receivedOn: receivedOn, on: connection)
                    summary.inserted += stored.inserted
                    summary.updated += stored.updated
                }
                next = try await following
                progress(summary.total)
            }
            return summary
        }
    }

    /// Stores patients whose NHS numbers are distinct.
    private func store(_ round: PreparedRound, receivedOn: CalendarDate, on connection: PostgresConnection)
        async throws -> ImportSummary
    {
        // FOR UPDATE: a concurrent import merging the same patient waits for this one
        // to commit, then merges with its result instead of overwriting it.
        var existing = Set<Int64>()
        let rows = try await connection.query(
            "SELECT nhs_number FROM patient WHERE nhs_number = ANY(\(round.rows.map(\.main.nhsNumber))) FOR UPDATE",
            logger: logger)
        for try await id in rows.decode(Int64.self) { existing.insert(id) }
        guard !existing.isEmpty else {
            try await round.copy.write(on: connection, logger: logger)
            return ImportSummary(inserted: round.rows.count)
        }

        let stored = try await PostgresPatientReader.rows(.numbers(Array(existing)), on: connection, logger: logger)
        let storedByID = Dictionary(stored.map { ($0.main.nhsNumber, $0) }, uniquingKeysWith: { first, _ in first })
        var fresh: [PatientRows] = []
        var merged: [PatientRows] = []
        for (patient, rows) in zip(round.patients, round.rows) {
            guard existing.contains(rows.main.nhsNumber) else {
                fresh.append(rows)
                continue
            }
            guard let stored = storedByID[rows.main.nhsNumber] else {
                throw StoreError.conflict("a patient vanished during import")
            }
            merged.append(PatientRows(try stored.patient().merging(patient, on: receivedOn)))
        }
        try await PostgresPatientWriter.deleteChildren(merged.map(\.main.nhsNumber), on: connection, logger: logger)
        try await PostgresTraceIndex.deleteKeys(Array(storedByID.values), on: connection, logger: logger)
        try await PostgresPatientWriter.updateMain(merged, on: connection, logger: logger)
        try await PostgresTraceIndex.write(merged, on: connection, logger: logger)
        try await PostgresPatientCopy(new: fresh, children: fresh + merged).write(on: connection, logger: logger)
        return ImportSummary(inserted: fresh.count, updated: merged.count)
    }

    /// The next batch ready to store, or `nil` when the source is exhausted; what the
    /// stream throws is the source's error (preparing never throws).
    private static func nextBatch(from prepared: any BatchStream<[PreparedRound]>) async throws -> [PreparedRound]? {
        try await NIOThreadPool.singleton.runIfActive {
            do {
                return try prepared.next()
            } catch {
                throw SourceFailure(error: error)
            }
        }
    }

    /// Splits a batch so no NHS number appears twice in a part: the second snapshot of a
    /// patient then merges with the first, as if it came in a later batch.
    static func rounds(_ batch: [Patient]) -> [[Patient]] {
        var occurrences: [NHSNumber: Int] = [:]
        var rounds: [[Patient]] = []
        for patient in batch {
            let round = occurrences[patient.nhsNumber, default: 0]
            occurrences[patient.nhsNumber] = round + 1
            if round == rounds.count { rounds.append([]) }
            rounds[round].append(patient)
        }
        return rounds
    }
}

/// Patients with distinct NHS numbers, flattened and encoded as if all were new: the
/// usual case of a bulk load, when storing them is just the `COPY`.
struct PreparedRound: Sendable {
    let patients: [Patient]
    let rows: [PatientRows]
    let copy: PostgresPatientCopy

    init(_ patients: [Patient]) {
        // In key order, the batch's index insertions and foreign key lookups walk each
        // B-tree once from left to right instead of jumping about it.
        let patients = patients.sorted { $0.nhsNumber < $1.nhsNumber }
        self.patients = patients
        rows = patients.map(PatientRows.init)
        copy = PostgresPatientCopy(new: rows, children: rows)
    }
}
