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

        public var testDescription: String { rawValue }

        /// Runs the check on a migrated, empty store.
        public func run(on store: any RegistryStore) async throws {
            switch self {
            case .batchTraceEqualsSingleTraces: try await TraceStoreConformance.batchTraceEqualsSingleTraces(store)
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

    /// A valid NHS number outside the synthetic registry's ranges, for the restricted twins.
    static func restrictedTwinNumber(_ offset: Int) -> NHSNumber {
        var prefix = UInt64(300_000_000 + offset * 13)
        while true {
            if let number = NHSNumber.completing(prefix: prefix) { return number }
            prefix += 1
        }
    }
}
