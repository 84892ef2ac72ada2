import ConfidantCore
import ConfidantStore
import Foundation

/// A store whose database is down: every call fails as an adapter would.
struct UnavailableStore: RegistryStore {
    func migrate() async throws {}
    func ping() async throws { throw StoreError.unavailable("down") }
    func importPatients(
        from source: some PatientBatchSource, receivedOn: CalendarDate, progress: @escaping @Sendable (Int) -> Void
    ) async throws -> ImportSummary { throw StoreError.unavailable("down") }
    func patient(_ nhsNumber: NHSNumber) async throws -> Patient? { throw StoreError.unavailable("down") }
    func patientCount() async throws -> Int { throw StoreError.unavailable("down") }
    func exportPatients(batchSize: Int, _ body: @escaping @Sendable ([Patient]) throws -> Void) async throws {
        throw StoreError.unavailable("down")
    }
    func addClinicalEntries(_ entries: [ClinicalEntry]) async throws { throw StoreError.unavailable("down") }
    func clinicalEntries(for nhsNumber: NHSNumber) async throws -> [ClinicalEntry] {
        throw StoreError.unavailable("down")
    }
}
