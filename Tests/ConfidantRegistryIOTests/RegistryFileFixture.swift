import ConfidantCore
import ConfidantRegistryIO
import ConfidantSQLite
import ConfidantStore
import ConfidantSynthetic
import ConfidantTesting
import Foundation

/// A temporary directory with a seeded SQLite registry, for import tests.
struct RegistryFileFixture {
    let directory: URL
    let store: SQLiteStore
    let seeded: [Patient]

    static let header =
        "nhs_number,given_names,family_name,previous_family_names,birth_date,gender,death_date,address_line1,address_line2,address_line3,address_line4,postcode,address_from,gp_practice,registered_on,security_label,phone,email,objections"
    static let goodRow =
        "9990000026,Oliver James,Taylor,,1984-02-29,male,,\"3 Mill Lane, Flat 2\",Leeds,,,LS6 2AB,2019-05-01,B86024,2019-05-20,U,0113 496 0001,oliver@example.org,"

    /// A fresh fixture with `seeded` patients already imported.
    static func make(seeded count: Int = 50) async throws -> RegistryFileFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "confidant-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: directory.appendingPathComponent("registry.sqlite").path)
        try await store.migrate()
        let patients = Fixtures.registry.patients(in: 0..<count)
        _ = try await store.importPatients(
            from: ArrayPatientSource(patients), receivedOn: Fixtures.date("2026-01-01"), progress: { _ in })
        return RegistryFileFixture(directory: directory, store: store, seeded: patients)
    }

    /// Writes `text` to a file in the fixture's directory and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Imports the CSV text, read in chunks of about `chunkSize` bytes; returns the error it
    /// fails with, if any.
    func importCSV(_ text: String, chunkSize: Int = 1 << 20) async -> (any Error)? {
        await importFile { try RegistryCSVSource(path: try file("registry.csv", text), chunkSize: chunkSize) }
    }

    /// Imports the FHIR JSON text; returns the error it fails with, if any.
    func importFHIR(_ text: String) async -> (any Error)? {
        await importFile { try RegistryFHIRSource(path: try file("bundle.json", text)) }
    }

    /// Opens a source and imports it; returns the error either step fails with, if any.
    private func importFile(_ open: () throws -> some PatientBatchSource) async -> (any Error)? {
        do {
            _ = try await store.importPatients(
                from: try open(), receivedOn: Fixtures.date("2026-03-01"), progress: { _ in })
            return nil
        } catch {
            return error
        }
    }

    /// Whether the registry holds exactly what was seeded.
    func isUnchanged() async throws -> Bool {
        guard try await store.patientCount() == seeded.count else { return false }
        for patient in seeded where try await store.patient(patient.nhsNumber) != patient {
            return false
        }
        return true
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
