import ConfidantCore
import ConfidantTrace

/// The patient registry: what PDS holds, with history, plus clinical entries kept apart.
///
/// Both adapters (SQLite through GRDB, PostgreSQL through postgres-nio) conform, and
/// the conformance suite in `ConfidantTesting` checks they give the same results for
/// the same inputs. Every method throws ``StoreError`` only.
///
/// The registry is also the tracer's candidate source: every import keeps each
/// patient's ``ConfidantTrace/TraceProfile`` and blocking keys up to date, so trace
/// reads an index and never loads the registry into memory.
public protocol RegistryStore: TraceCandidateSource {
    /// Brings the schema up to date. Safe to call on every start.
    func migrate() async throws

    /// Checks that the database answers (a trivial query), for health checks.
    func ping() async throws

    /// Imports every patient `source` yields, in one transaction: either all of them
    /// are stored, or (when the source or the database fails) none are.
    ///
    /// A patient already in the registry is merged with the new snapshot
    /// (``ConfidantCore/Patient/merging(_:on:)``), so history is kept.
    ///
    /// - Parameters:
    ///   - source: the patients, in batches.
    ///   - receivedOn: the day of the import, used to close superseded periods.
    ///   - progress: called after each batch with the number of patients processed so far.
    /// - Returns: how many patients were inserted and how many updated.
    func importPatients(
        from source: some PatientBatchSource,
        receivedOn: CalendarDate,
        progress: @escaping @Sendable (Int) -> Void
    ) async throws -> ImportSummary

    /// The patient with this NHS number, or `nil`.
    func patient(_ nhsNumber: NHSNumber) async throws -> Patient?

    /// The number of patients in the registry.
    func patientCount() async throws -> Int

    /// Streams every patient in NHS number order, in batches, to `body`.
    ///
    /// `body` runs in the store's reading context and may block briefly (it writes a file).
    func exportPatients(batchSize: Int, _ body: @escaping @Sendable ([Patient]) throws -> Void) async throws

    /// Adds clinical entries. Their patients must exist.
    func addClinicalEntries(_ entries: [ClinicalEntry]) async throws

    /// The clinical entries of one patient, oldest first.
    func clinicalEntries(for nhsNumber: NHSNumber) async throws -> [ClinicalEntry]

    /// Up to `count` trace profiles, the same sample every time for the same registry
    /// (patients ordered by a fixed hash of their NHS number), for training the match model.
    func sampleTraceProfiles(count: Int) async throws -> [TraceProfile]
}
