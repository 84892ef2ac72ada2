import ConfidantCore
import ConfidantStore
import PostgresNIO

extension PostgresStore {
    /// Imports in one transaction on one connection, a few statements per batch:
    /// which patients exist (locking them), the stored records of those, then `COPY`
    /// for new rows and set-based rewrites for merged ones. The source is read on
    /// NIO's thread pool (it blocks on a file), one batch ahead of the database.
    public func importPatients(
        from source: some PatientBatchSource,
        receivedOn: CalendarDate,
        progress: @escaping @Sendable (Int) -> Void
    ) async throws -> ImportSummary {
        try await transaction("the import could not be stored; nothing was changed") { connection in
            var summary = ImportSummary()
            var next = try await Self.nextBatch(from: source)
            while let batch = next {
                async let following = Self.nextBatch(from: source)
                for round in Self.rounds(batch) {
                    let stored = try await store(round, receivedOn: receivedOn, on: connection)
                    summary.inserted += stored.inserted
                    summary.updated += stored.updated
                }
                next = try await following
                progress(summary.total)
            }
            Timing.dump()
            return summary
        }
    }

    /// Stores patients whose NHS numbers are distinct.
    private func store(_ patients: [Patient], receivedOn: CalendarDate, on connection: PostgresConnection)
        async throws -> ImportSummary
    {
        var t = ContinuousClock.now
        let incoming = patients.map(PatientRows.init)
        Timing.add(0, ContinuousClock.now - t); t = ContinuousClock.now
        // FOR UPDATE: a concurrent import merging the same patient waits for this one
        // to commit, then merges with its result instead of overwriting it.
        var existing = Set<Int64>()
        let rows = try await connection.query(
            "SELECT nhs_number FROM patient WHERE nhs_number = ANY(\(incoming.map(\.main.nhsNumber))) FOR UPDATE",
            logger: logger)
        for try await id in rows.decode(Int64.self) { existing.insert(id) }
        Timing.add(1, ContinuousClock.now - t); t = ContinuousClock.now

        let fresh = incoming.filter { !existing.contains($0.main.nhsNumber) }
        var merged: [PatientRows] = []
        if !existing.isEmpty {
            let stored = try await PostgresPatientReader.rows(.numbers(Array(existing)), on: connection, logger: logger)
            let storedByID = Dictionary(stored.map { ($0.main.nhsNumber, $0) }, uniquingKeysWith: { first, _ in first })
            for (patient, rows) in zip(patients, incoming) where existing.contains(rows.main.nhsNumber) {
                guard let stored = storedByID[rows.main.nhsNumber] else {
                    throw StoreError.conflict("a patient vanished during import")
                }
                merged.append(PatientRows(try stored.patient().merging(patient, on: receivedOn)))
            }
            try await PostgresPatientWriter.deleteChildren(merged.map(\.main.nhsNumber), on: connection, logger: logger)
            try await PostgresPatientWriter.updateMain(merged, on: connection, logger: logger)
        }
        Timing.add(2, ContinuousClock.now - t); t = ContinuousClock.now
        try await PostgresPatientWriter.insertMain(fresh, on: connection, logger: logger)
        Timing.add(3, ContinuousClock.now - t); t = ContinuousClock.now
        try await PostgresPatientWriter.insertChildren(fresh + merged, on: connection, logger: logger)
        Timing.add(4, ContinuousClock.now - t); t = ContinuousClock.now
        return ImportSummary(inserted: fresh.count, updated: merged.count)
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

    private static func nextBatch(from source: some PatientBatchSource) async throws -> [Patient]? {
        do {
            return try await NIOThreadPool.singleton.runIfActive { try source.nextBatch() }
        } catch {
            throw SourceFailure(error: error)
        }
    }
}

import Synchronization
enum Timing {
    static let d = Mutex([Duration](repeating: .zero, count: 10))
    static func add(_ i: Int, _ x: Duration) { d.withLock { $0[i] += x } }
    static func dump() { print("TIMING", d.withLock { $0 }) ; d.withLock { $0 = [Duration](repeating: .zero, count: 10) } }
}
