import ConfidantCore
import ConfidantStore
import ConfidantSynthetic
import ConfidantTrace
import Foundation
import Testing

/// The trace conformance suite: tracing through a store's index gives each query the same
/// result whether it is traced alone or in a batch.
///
/// A test target runs each ``Check`` against a fresh, migrated store of each kind, as
/// ``RegistryStoreConformance`` does.
public enum TraceStoreConformance {
    /// One behaviour every store's trace index must have.
    public enum Check: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case batchTraceEqualsSingleTraces
        case indexFollowsImportsAndReimports

        public var testDescription: String { rawValue }

        /// Runs the check on a migrated, empty store.
        public func run(on store: any RegistryStore) async throws {
            switch self {
            case .batchTraceEqualsSingleTraces: try await TraceStoreConformance.batchTraceEqualsSingleTraces(store)
            case .indexFollowsImportsAndReimports:
                try await TraceStoreConformance.indexFollowsImportsAndReimports(store)
            }
        }
    }

    /// 600 synthetic patients plus restricted twins of the first ten, and 400 corrupted
    /// queries (one in ten about someone not in the registry) with a few made to reach the
    /// restricted twins with and without a location, and one too thin to search. Each
    /// batch result must equal the single trace's, down to the bytes of its JSON.
    static func batchTraceEqualsSingleTraces(_ store: any RegistryStore) async throws {
        let registry = Fixtures.registry
        let patients = registry.patients(in: 0..<600)
        let twins = patients.prefix(10).enumerated().map { offset, patient in
            var twin = patient
            twin.nhsNumber = restrictedTwinNumber(offset)
            twin.securityLabel = .restricted
            return twin
        }
        _ = try await store.importPatients(
            from: ArrayPatientSource(patients + twins, batchSize: 250), receivedOn: Fixtures.date("2026-01-01"),
            progress: { _ in })
        let corruptor = QueryCorruptor(seed: 5, referenceDate: Fixtures.date("2026-01-01"))
        var queries = corruptor.queries(
            count: 400, registrySize: patients.count, patient: { patients[$0] },
            outsider: { registry.patient(at: patients.count + 1_000 + $0 * 37) }
        ).map(\.query)
        for twin in twins.prefix(3) {
            let name = twin.usualName
            let withoutLocation = TraceQuery(
                givenNames: name?.given.first, familyName: name?.family, birthDate: twin.birthDate)
            var withLocation = withoutLocation
            withLocation.postcode = twin.currentAddress?.postcode
            queries += [withoutLocation, withLocation]
        }
        queries.append(TraceQuery(givenNames: "Amelia"))
        let tracer = Tracer(model: GatewayFixture.model, source: store)
        var alone: [TraceResult] = []
        for query in queries { alone.append(try await tracer.trace(query)) }
        #expect(Set(alone.compactMap(\.stage)) == [.exact, .fuzzy, .broad])
        #expect(alone.contains { $0.outcome == .insufficient })
        #expect(alone.contains { $0.candidates.contains(where: \.isRestricted) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // The whole set in one batch, and in uneven chunks, so keys are shared across queries differently.
        for size in [queries.count, 37] {
            var batched: [TraceResult] = []
            for start in stride(from: 0, to: queries.count, by: size) {
                batched += try await tracer.trace(batch: Array(queries[start..<min(start + size, queries.count)]))
            }
            #expect(batched == alone)
            #expect(try encoder.encode(batched) == encoder.encode(alone))
        }
    }

    /// The index files every patient under every one of its keys, in NHS number order up to
    /// the limit, across a first import, a second import into a store that already holds
    /// keys, a re-import that changes a birth date (whose old keys must stop finding the
    /// patient, while the keys it keeps go on finding it), and a re-import that changes
    /// nothing. Five namesakes born the same day share their exact key.
    static func indexFollowsImportsAndReimports(_ store: any RegistryStore) async throws {
        let registry = Fixtures.registry
        let first = registry.patients(in: 0..<200)
        let namesakes = (0..<5).map { offset in
            var namesake = first[7]
            namesake.nhsNumber = restrictedTwinNumber(20 + offset)
            return namesake
        }
        let received = Fixtures.date("2026-01-01")
        _ = try await store.importPatients(
            from: ArrayPatientSource(first + namesakes, batchSize: 64), receivedOn: received, progress: { _ in })
        let second = registry.patients(in: 200..<260)
        _ = try await store.importPatients(
            from: ArrayPatientSource(second), receivedOn: received, progress: { _ in })
        for patient in first + namesakes + second {
            let keys = TraceRows(patient).keys
            let found = try await store.profiles(forBlockingKeys: keys, limitPerKey: 100)
            for key in keys {
                #expect(found[key]?.contains { $0.nhsNumber == patient.nhsNumber } == true)
            }
        }

        let shared = TraceRows(first[7]).keys
        let sharers = ([first[7]] + namesakes).map(\.nhsNumber).sorted { $0.value < $1.value }
        let limited = try await store.profiles(forBlockingKeys: shared, limitPerKey: 3)
        let exact = try #require(shared.first { key in limited[key]?.count == 3 })
        #expect(limited[exact]?.map(\.nhsNumber) == Array(sharers.prefix(3)))

        var moved = first[42]
        moved.birthDate = CalendarDate(daysSinceEpoch: moved.birthDate.daysSinceEpoch - 400)
        _ = try await store.importPatients(
            from: ArrayPatientSource([moved]), receivedOn: received, progress: { _ in })
        let stored = try #require(try await store.patient(moved.nhsNumber))
        let old = Set(TraceRows(first[42]).keys)
        let new = Set(TraceRows(stored).keys)
        #expect(!old.subtracting(new).isEmpty)
        let afterwards = try await store.profiles(forBlockingKeys: Array(old.union(new)), limitPerKey: 100)
        for key in old.subtracting(new) {
            #expect(afterwards[key]?.contains { $0.nhsNumber == moved.nhsNumber } != true)
        }
        for key in new {
            #expect(
                afterwards[key]?.contains { $0.nhsNumber == moved.nhsNumber && $0.birthDate == moved.birthDate } == true
            )
        }

        // A refresh that repeats what is stored counts as updates and leaves every key filed.
        let repeated = try await store.importPatients(
            from: ArrayPatientSource(second), receivedOn: received, progress: { _ in })
        #expect(repeated == ImportSummary(inserted: 0, updated: second.count))
        for patient in second {
            #expect(try await store.patient(patient.nhsNumber) == patient)
            let keys = TraceRows(patient).keys
            let found = try await store.profiles(forBlockingKeys: keys, limitPerKey: 100)
            for key in keys {
                #expect(found[key]?.contains { $0.nhsNumber == patient.nhsNumber } == true)
            }
        }
    }

    /// A valid NHS number outside the synthetic registry's ranges, for the restricted twins.
    static func restrictedTwinNumber(_ offset: Int) -> NHSNumber {
        var prefix = UInt64(300_000_000 + offset * 13)
        while true {
            if let number = NHSNumber.completing(prefix: prefix) { return number }
            prefix += 1
        }
    }
}
