import ConfidantCore
import ConfidantSQLite
import ConfidantStore
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import Testing

/// The registry conformance suite on SQLite: in memory, and on a WAL file as the app uses it.
@Suite struct SQLiteStoreConformanceTests {
    @Test(arguments: RegistryStoreConformance.Check.allCases)
    func inMemory(_ check: RegistryStoreConformance.Check) async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        try await check.run(on: store)
    }

    @Test(arguments: RegistryStoreConformance.Check.allCases)
    func onFile(_ check: RegistryStoreConformance.Check) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("confidant-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("registry.sqlite").path)
        try await store.migrate()
        try await check.run(on: store)
    }

    @Test(arguments: LogStoreConformance.Check.allCases)
    func logInMemory(_ check: LogStoreConformance.Check) async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        try await check.run(on: store)
    }

    @Test(arguments: LogStoreConformance.Check.allCases)
    func logOnFile(_ check: LogStoreConformance.Check) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("confidant-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(path: directory.appendingPathComponent("log.sqlite").path)
        try await store.migrate()
        try await check.run(on: store)
    }

    @Test func committedImportSurvivesReopening() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("confidant-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
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

    @Test func unopenableFileIsUnavailable() async throws {
        #expect(throws: StoreError.unavailable("")) {
            _ = try SQLiteStore(path: "/nonexistent-directory/registry.sqlite")
        }
    }
}
