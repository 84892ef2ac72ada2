import ConfidantCore
import ConfidantSQLite
import ConfidantStore
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import Testing

/// `SQLiteStore.bulkLoad(into:_:)`: a new database file appears complete, or not at all.
@Suite struct SQLiteBulkLoadTests {
    static let patients = Fixtures.registry.patients(in: 0..<300)

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    @Test func aLoadedFileHoldsWhatWasImportedAndNoScratchIsLeft() async throws {
        try await Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("new.sqlite").path
            let summary = try await SQLiteStore.bulkLoad(into: path) { store in
                try await store.importPatients(
                    from: ArrayPatientSource(Self.patients), receivedOn: Fixtures.date("2026-01-01"),
                    progress: { _ in })
            }
            #expect(summary.inserted == 300)
            #expect(Self.exists(path))
            #expect(!Self.exists(path + ".loading"))
            let reopened = try SQLiteStore(path: path)
            try await reopened.migrate()
            #expect(try await reopened.patientCount() == 300)
            #expect(try await reopened.patient(Self.patients[123].nhsNumber) == Self.patients[123])
            // Reopened as the app opens it, the file takes further writes in WAL mode.
            _ = try await reopened.importPatients(
                from: ArrayPatientSource(Fixtures.registry.patients(in: 300..<310)),
                receivedOn: Fixtures.date("2026-01-02"), progress: { _ in })
            #expect(try await reopened.patientCount() == 310)
            #expect(Self.exists(path + "-wal"))
        }
    }

    /// A source that fails after one batch, or after four that appended and so were flushed
    /// to the scratch file (`ScratchFlush`), leaves nothing.
    @Test(arguments: [
        [Array(patients.prefix(100))],
        stride(from: 0, to: 200, by: 50).map { Array(ascending[$0..<$0 + 50]) },
    ])
    func aFailedLoadLeavesNoFile(batches: [[Patient]]) async throws {
        try await Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("failed.sqlite").path
            let source = FailingPatientSource(batches: batches, failure: Fixtures.SourceProblem())
            await #expect(throws: Fixtures.SourceProblem.self) {
                try await SQLiteStore.bulkLoad(into: path) { store in
                    try await store.importPatients(
                        from: source, receivedOn: Fixtures.date("2026-01-01"), progress: { _ in })
                }
            }
            #expect(!Self.exists(path))
            #expect(!Self.exists(path + ".loading"))
        }
    }

    @Test func anExistingFileIsRefusedAndLeftAsItWas() async throws {
        try await Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("existing.sqlite").path
            try Data("not to be touched".utf8).write(to: URL(fileURLWithPath: path))
            await #expect(throws: StoreError.conflict("")) {
                try await SQLiteStore.bulkLoad(into: path) { _ in }
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("not to be touched".utf8))
        }
    }

    @Test func aScratchFileLeftByACrashIsReplaced() async throws {
        try await Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("again.sqlite").path
            try Data("half a database from a crashed load".utf8).write(to: URL(fileURLWithPath: path + ".loading"))
            try await SQLiteStore.bulkLoad(into: path) { store in
                _ = try await store.importPatients(
                    from: ArrayPatientSource(Array(Self.patients.prefix(10))),
                    receivedOn: Fixtures.date("2026-01-01"), progress: { _ in })
            }
            let reopened = try SQLiteStore(path: path)
            #expect(try await reopened.patientCount() == 10)
            #expect(!Self.exists(path + ".loading"))
        }
    }
}

extension SQLiteBulkLoadTests {
    /// A second load into the same new file while the first runs is refused, and the first completes.
    @Test func aSecondLoadIntoTheSameFileIsRefusedWhileTheFirstRuns() async throws {
        try await Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("shared.sqlite").path
            let (started, startedContinuation) = AsyncStream.makeStream(of: Void.self)
            let (release, releaseContinuation) = AsyncStream.makeStream(of: Void.self)
            async let first: Int = SQLiteStore.bulkLoad(into: path) { store in
                _ = try await store.importPatients(
                    from: ArrayPatientSource(Array(Self.patients.prefix(20))),
                    receivedOn: Fixtures.date("2026-01-01"), progress: { _ in })
                startedContinuation.yield()
                for await _ in release { break }
                return try await store.patientCount()
            }
            for await _ in started { break }
            await #expect(throws: StoreError.conflict("")) {
                try await SQLiteStore.bulkLoad(into: path) { _ in }
            }
            releaseContinuation.yield()
            #expect(try await first == 20)
            let reopened = try SQLiteStore(path: path)
            #expect(try await reopened.patientCount() == 20)
        }
    }
}

extension SQLiteBulkLoadTests {
    /// The patients in NHS number order, so each batch appends and is flushed to the scratch
    /// file before the next (``ScratchFlush``).
    static let ascending = patients.sorted { $0.nhsNumber.value < $1.nhsNumber.value }

    /// Batches flushed as they append, then one that does not (lower numbers), hold what an
    /// import into a database in use holds: every patient, and the trace index finds each.
    @Test func flushedBatchesHoldWhatAnImportInUseHolds() async throws {
        try await Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("flushed.sqlite").path
            // The first 250 in batches of 25 append; the last 50 come after them but are lower.
            let order = Array(Self.ascending[50...]) + Array(Self.ascending[..<50])
            try await SQLiteStore.bulkLoad(into: path) { store in
                _ = try await store.importPatients(
                    from: ArrayPatientSource(order, batchSize: 25), receivedOn: Fixtures.date("2026-01-01"),
                    progress: { _ in })
            }
            let inUse = try SQLiteStore.inMemory()
            try await inUse.migrate()
            _ = try await inUse.importPatients(
                from: ArrayPatientSource(order), receivedOn: Fixtures.date("2026-01-01"), progress: { _ in })
            let loaded = try SQLiteStore(path: path)
            #expect(try await loaded.patientCount() == Self.patients.count)
            for patient in Self.patients {
                #expect(try await loaded.patient(patient.nhsNumber) == inUse.patient(patient.nhsNumber))
                let keys = TraceRows(patient).keys
                let found = try await loaded.profiles(forBlockingKeys: keys, limitPerKey: 100)
                #expect(found == (try await inUse.profiles(forBlockingKeys: keys, limitPerKey: 100)))
            }
        }
    }
}
