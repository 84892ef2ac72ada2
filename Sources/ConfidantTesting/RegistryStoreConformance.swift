import ConfidantCore
import ConfidantStore
import ConfidantSynthetic
import Testing

/// The registry store conformance suite: the same inputs must give the same
/// results on every adapter.
///
/// A test target runs each ``Check`` against a fresh, migrated store of each kind:
/// ```swift
/// @Test(arguments: RegistryStoreConformance.Check.allCases)
/// func sqlite(_ check: RegistryStoreConformance.Check) async throws {
///     try await check.run(on: SQLiteStore.inMemory())
/// }
/// ```
public enum RegistryStoreConformance {
    /// One behaviour every store must have.
    public enum Check: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case migrateIsIdempotent
        case importedPatientsReadBackEqual
        case missingPatientIsNil
        case reimportKeepsHistory
        case reimportNeverLosesAnObjection
        case oneBatchMixesNewStoredAndRepeatedPatients
        case repeatsIntoAnEmptyRegistryMerge
        case failedImportChangesNothing
        case exportStreamsEveryPatientInOrder
        case clinicalEntriesAreKeptApart
        case clinicalEntryForUnknownPatientIsAConflict

        public var testDescription: String { rawValue }

        /// Runs the check on a migrated, empty store.
        public func run(on store: any RegistryStore) async throws {
            switch self {
            case .migrateIsIdempotent: try await RegistryStoreConformance.migrateIsIdempotent(store)
            case .importedPatientsReadBackEqual: try await RegistryStoreConformance.importedPatientsReadBackEqual(store)
            case .missingPatientIsNil: try await RegistryStoreConformance.missingPatientIsNil(store)
            case .reimportKeepsHistory: try await RegistryStoreConformance.reimportKeepsHistory(store)
            case .reimportNeverLosesAnObjection: try await RegistryStoreConformance.reimportNeverLosesAnObjection(store)
            case .oneBatchMixesNewStoredAndRepeatedPatients:
                try await RegistryStoreConformance.oneBatchMixesNewStoredAndRepeatedPatients(store)
            case .repeatsIntoAnEmptyRegistryMerge:
                try await RegistryStoreConformance.repeatsIntoAnEmptyRegistryMerge(store)
            case .failedImportChangesNothing: try await RegistryStoreConformance.failedImportChangesNothing(store)
            case .exportStreamsEveryPatientInOrder:
                try await RegistryStoreConformance.exportStreamsEveryPatientInOrder(store)
            case .clinicalEntriesAreKeptApart: try await RegistryStoreConformance.clinicalEntriesAreKeptApart(store)
            case .clinicalEntryForUnknownPatientIsAConflict:
                try await RegistryStoreConformance.clinicalEntryForUnknownPatientIsAConflict(store)
            }
        }
    }

    /// The day imports in the suite are received.
    static let importDay = Fixtures.date("2026-03-01")

    static func migrateIsIdempotent(_ store: any RegistryStore) async throws {
        try await store.migrate()
        try await store.migrate()
        try await store.ping()
        #expect(try await store.patientCount() == 0)
    }

    static func importedPatientsReadBackEqual(_ store: any RegistryStore) async throws {
        let patients = Fixtures.registry.patients(in: 0..<600)
        let summary = try await store.importPatients(
            from: ArrayPatientSource(patients, batchSize: 250), receivedOn: importDay, progress: { _ in })
        #expect(summary == ImportSummary(inserted: 600, updated: 0))
        #expect(try await store.patientCount() == 600)
        for patient in patients {
            #expect(try await store.patient(patient.nhsNumber) == patient)
        }
    }

    static func missingPatientIsNil(_ store: any RegistryStore) async throws {
        #expect(try await store.patient(Fixtures.nhsNumber("9434765919")) == nil)
    }

    static func reimportKeepsHistory(_ store: any RegistryStore) async throws {
        let original = Fixtures.patient()
        _ = try await store.importPatients(
            from: ArrayPatientSource([original]), receivedOn: importDay, progress: { _ in })
        var moved = original
        moved.names = [PersonName(use: .usual, given: ["Amelia"], family: "Okafor")]
        moved.addresses = [
            Address(
                lines: ["2 New Street", "Leeds"], postcode: Fixtures.postcode("LS2 7AB"),
                period: Period(start: Fixtures.date("2026-02-01")))
        ]
        let summary = try await store.importPatients(
            from: ArrayPatientSource([moved]), receivedOn: importDay, progress: { _ in })
        #expect(summary == ImportSummary(inserted: 0, updated: 1))
        let stored = try #require(try await store.patient(original.nhsNumber))
        #expect(stored == original.merging(moved, on: importDay))
        #expect(stored.addresses.count == 2)
        #expect(stored.addresses[0].period.end == Fixtures.date("2026-01-31"))
        #expect(stored.currentAddress?.postcode == Fixtures.postcode("LS2 7AB"))
        #expect(stored.previousNames.map(\.family) == ["Smith"])
        #expect(stored.usualName?.family == "Okafor")
    }

    static func reimportNeverLosesAnObjection(_ store: any RegistryStore) async throws {
        var original = Fixtures.patient()
        original.objections = [Objection(kind: .nationalDataOptOut, recordedOn: Fixtures.date("2020-05-01"))]
        _ = try await store.importPatients(
            from: ArrayPatientSource([original]), receivedOn: importDay, progress: { _ in })
        var snapshot = original
        snapshot.objections = []
        _ = try await store.importPatients(
            from: ArrayPatientSource([snapshot]), receivedOn: importDay, progress: { _ in })
        let stored = try #require(try await store.patient(original.nhsNumber))
        #expect(stored.hasObjection(.nationalDataOptOut))
    }

    /// One batch, long enough to span several of a store's insert statements, holding
    /// stored patients between new ones and one new patient twice: each stored patient is
    /// merged, each new one inserted, and the repeated one's second snapshot merges with
    /// its first, as if it came in a later batch.
    static func oneBatchMixesNewStoredAndRepeatedPatients(_ store: any RegistryStore) async throws {
        let patients = Fixtures.registry.patients(in: 0..<200)
        let stored = patients.enumerated().filter { $0.offset.isMultiple(of: 3) }.map(\.element)
        _ = try await store.importPatients(
            from: ArrayPatientSource(stored), receivedOn: importDay, progress: { _ in })
        let repeated = patients[100]
        let snapshots = patients.enumerated().map { moved($0.element, to: $0.offset) }
        let second = moved(repeated, to: 999)
        var batch = snapshots
        batch.insert(second, at: 150)
        let summary = try await store.importPatients(
            from: ArrayPatientSource(batch, batchSize: batch.count), receivedOn: importDay, progress: { _ in })
        #expect(summary == ImportSummary(inserted: patients.count - stored.count, updated: stored.count + 1))
        #expect(try await store.patientCount() == patients.count)
        for (offset, patient) in patients.enumerated() {
            let expected: Patient
            if offset.isMultiple(of: 3) {
                expected = patient.merging(snapshots[offset], on: importDay)
            } else if patient.nhsNumber == repeated.nhsNumber {
                expected = snapshots[offset].merging(second, on: importDay)
            } else {
                expected = snapshots[offset]
            }
            #expect(try await store.patient(patient.nhsNumber) == expected)
        }
    }

    /// Into an empty registry, which a store may fill without looking for stored patients
    /// (the first load): a number repeated later in a batch, and again in a later batch,
    /// merges into its first record, and the patients after each repeat are still inserted.
    static func repeatsIntoAnEmptyRegistryMerge(_ store: any RegistryStore) async throws {
        let patients = Fixtures.registry.patients(in: 300..<500)
        let again = moved(patients[40], to: 1)
        let later = moved(patients[10], to: 2)
        var first = Array(patients[..<120])
        first.insert(again, at: 90)
        var second = Array(patients[120...])
        second.insert(later, at: 5)
        let summary = try await store.importPatients(
            from: ArrayPatientSource(first + second, batchSize: first.count), receivedOn: importDay,
            progress: { _ in })
        #expect(summary == ImportSummary(inserted: patients.count, updated: 2))
        #expect(try await store.patientCount() == patients.count)
        for (offset, patient) in patients.enumerated() {
            let expected =
                switch offset {
                case 40: patient.merging(again, on: importDay)
                case 10: patient.merging(later, on: importDay)
                default: patient
                }
            #expect(try await store.patient(patient.nhsNumber) == expected)
        }
    }

    /// The patient living at a new address since February 2026.
    static func moved(_ patient: Patient, to number: Int) -> Patient {
        var moved = patient
        moved.addresses = [
            Address(
                lines: ["\(number) New Street", "Leeds"], postcode: Fixtures.postcode("LS2 7AB"),
                period: Period(start: Fixtures.date("2026-02-01")))
        ]
        return moved
    }

    static func failedImportChangesNothing(_ store: any RegistryStore) async throws {
        let before = Fixtures.patient()
        _ = try await store.importPatients(
            from: ArrayPatientSource([before]), receivedOn: importDay, progress: { _ in })
        var changed = before
        changed.gender = .unknown
        let source = FailingPatientSource(
            batches: [[changed], Fixtures.registry.patients(in: 1_000..<1_300)], failure: Fixtures.SourceProblem())
        await #expect(throws: Fixtures.SourceProblem.self) {
            _ = try await store.importPatients(from: source, receivedOn: importDay, progress: { _ in })
        }
        #expect(try await store.patientCount() == 1)
        #expect(try await store.patient(before.nhsNumber) == before)
    }

    static func exportStreamsEveryPatientInOrder(_ store: any RegistryStore) async throws {
        let patients = Fixtures.registry.patients(in: 0..<700)
        _ = try await store.importPatients(
            from: ArrayPatientSource(patients), receivedOn: importDay, progress: { _ in })
        let collected = Collected()
        try await store.exportPatients(batchSize: 128) { batch in
            #expect(batch.count <= 128)
            collected.append(batch)
        }
        let exported = collected.patients
        #expect(exported == patients.sorted { $0.nhsNumber < $1.nhsNumber })
    }

    static func clinicalEntriesAreKeptApart(_ store: any RegistryStore) async throws {
        let patient = Fixtures.patient()
        _ = try await store.importPatients(
            from: ArrayPatientSource([patient]), receivedOn: importDay, progress: { _ in })
        let entries = [
            ClinicalEntry(
                nhsNumber: patient.nhsNumber, recordedOn: Fixtures.date("2024-01-02"), code: "38341003",
                text: "Hypertension"),
            ClinicalEntry(
                nhsNumber: patient.nhsNumber, recordedOn: Fixtures.date("2025-06-30"), code: "195967001", text: "Asthma"
            ),
        ]
        try await store.addClinicalEntries(entries)
        #expect(try await store.clinicalEntries(for: patient.nhsNumber) == entries)
        #expect(try await store.patient(patient.nhsNumber) == patient)
        #expect(try await store.clinicalEntries(for: Fixtures.nhsNumber("9434765919")).isEmpty)
    }

    static func clinicalEntryForUnknownPatientIsAConflict(_ store: any RegistryStore) async throws {
        let entry = ClinicalEntry(
            nhsNumber: Fixtures.nhsNumber("9434765919"), recordedOn: Fixtures.date("2024-01-02"), code: "1", text: "x")
        await #expect(throws: StoreError.conflict("")) {
            try await store.addClinicalEntries([entry])
        }
    }
}
