import ConfidantCore
import ConfidantStore
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import GRDB
import Testing

@testable import ConfidantSQLite

/// The registry conformance suite on SQLite: in memory, and on a WAL file as the app uses it.
@Suite struct SQLiteStoreConformanceTests {
    @Test(arguments: RegistryStoreConformance.Check.allCases)
    func inMemory(_ check: RegistryStoreConformance.Check) async throws {
        try await SQLiteStoreConformanceTests.withMemoryStore { try await check.run(on: $0) }
    }

    /// Runs `body` on a migrated in-memory store.
    static func withMemoryStore(_ body: (SQLiteStore) async throws -> Void) async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        try await body(store)
    }

    /// Runs `body` on a migrated store in a WAL file of its own, as the app opens it.
    static func withFileStore(_ body: (SQLiteStore) async throws -> Void) async throws {
        try await Fixtures.withTemporaryDirectory { directory in
            let store = try SQLiteStore(path: directory.appendingPathComponent("confidant.sqlite").path)
            try await store.migrate()
            try await body(store)
        }
    }

    @Test(arguments: RegistryStoreConformance.Check.allCases)
    func onFile(_ check: RegistryStoreConformance.Check) async throws {
        try await Self.withFileStore { try await check.run(on: $0) }
    }

    @Test(arguments: LogStoreConformance.Check.allCases)
    func logInMemory(_ check: LogStoreConformance.Check) async throws {
        try await SQLiteStoreConformanceTests.withMemoryStore { try await check.run(on: $0) }
    }

    @Test(arguments: LogStoreConformance.Check.allCases)
    func logOnFile(_ check: LogStoreConformance.Check) async throws {
        try await Self.withFileStore { try await check.run(on: $0) }
    }

    /// A log written before tiles kept their nodes gets them from the migration that adds the column.
    @Test func logTileNodesAreBackfilledByTheirMigration() async throws {
        try await Self.withFileStore { store in
            try await LogStoreConformance.fill(store, count: 600)
            try await store.writer.write { db in
                try db.execute(sql: "ALTER TABLE log_tile DROP COLUMN nodes")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5-log-tile-nodes'")
            }
            try await store.migrate()
            try await LogStoreConformance.expectNodesKept(store)
        }
    }

    @Test func committedImportSurvivesReopening() async throws {
        try await Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("registry.sqlite").path
            let patients = Fixtures.registry.patients(in: 0..<100)
            do {
                let store = try SQLiteStore(path: path)
                try await store.migrate()
                _ = try await store.importPatients(
                    from: ArrayPatientSource(patients), receivedOn: Fixtures.date("2026-01-01"), progress: { _ in })
            }
            let reopened = try SQLiteStore(path: path)
            #expect(try await reopened.patientCount() == 100)
            #expect(try await reopened.patient(patients[42].nhsNumber) == patients[42])
        }
    }

    @Test func unopenableFileIsUnavailable() async throws {
        #expect(throws: StoreError.unavailable("")) {
            _ = try SQLiteStore(path: "/nonexistent-directory/registry.sqlite")
        }
    }
}

/// The disclosure conformance suite on SQLite, in memory and on a WAL file.
@Suite struct SQLiteDisclosureStoreTests {
    @Test(arguments: DisclosureStoreConformance.Check.allCases)
    func inMemory(_ check: DisclosureStoreConformance.Check) async throws {
        try await SQLiteStoreConformanceTests.withMemoryStore { try await check.run(on: $0) }
    }

    @Test(arguments: DisclosureStoreConformance.Check.allCases)
    func onFile(_ check: DisclosureStoreConformance.Check) async throws {
        try await SQLiteStoreConformanceTests.withFileStore { try await check.run(on: $0) }
    }
}

/// The trace conformance suite on SQLite, in memory and on a WAL file.
@Suite struct SQLiteTraceStoreTests {
    @Test(arguments: TraceStoreConformance.Check.allCases)
    func inMemory(_ check: TraceStoreConformance.Check) async throws {
        try await SQLiteStoreConformanceTests.withMemoryStore { try await check.run(on: $0) }
    }

    @Test(arguments: TraceStoreConformance.Check.allCases)
    func onFile(_ check: TraceStoreConformance.Check) async throws {
        try await SQLiteStoreConformanceTests.withFileStore { try await check.run(on: $0) }
    }
}
