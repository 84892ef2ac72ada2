import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Foundation
import TransparencyLog

/// A store whose database is down: every call fails as an adapter would.
struct UnavailableStore: ConfidantStorage {
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
    func sampleTraceProfiles(count: Int) async throws -> [TraceProfile] { throw StoreError.unavailable("down") }
    func profiles(forBlockingKeys keys: [Int64], limitPerKey: Int) async throws -> [Int64: [TraceProfile]] {
        throw StoreError.unavailable("down")
    }
    func commit(
        _ records: [RequestEventRecord], seal: @escaping @Sendable (UInt64, [Tile: [UInt8]]) throws -> SealedBatch
    ) async throws -> SealedBatch { throw StoreError.unavailable("down") }
    func readTiles(_ tiles: [Tile]) async throws -> [[UInt8]] { throw StoreError.unavailable("down") }
    func tile(_ tile: Tile) async throws -> [UInt8]? { throw StoreError.unavailable("down") }
    func latestCheckpoint() async throws -> String? { throw StoreError.unavailable("down") }
    func events(ofRequest requestID: String) async throws -> [RequestEventRecord] {
        throw StoreError.unavailable("down")
    }
    func event(atLogIndex index: UInt64) async throws -> RequestEventRecord? { throw StoreError.unavailable("down") }
}
