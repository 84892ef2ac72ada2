import ConfidantCore
import Foundation
import Testing

@testable import ConfidantTrace

/// A batch gives every query exactly the result it gets traced alone.
@Suite struct TracerBatchTests {
    @Test func aBatchGivesEachQueryItsSingleTraceResult() async throws {
        let tracer = Fixture.tracer(with: [TracerTests.rose, TracerTests.alexA, TracerTests.alexB])
        let corruptor = QueryCorruptor(seed: 31, rates: .evaluation, referenceDate: Fixture.referenceDate)
        var queries = corruptor.queries(
            count: 300, registrySize: 2_000, patient: { Fixture.patients[$0] },
            outsider: { Fixture.patients[2_000 + $0] }
        ).map(\.query)
        let rose = TracerTests.rose
        queries += [
            TraceQuery(givenNames: "Rose", familyName: "Hidden", birthDate: rose.birthDate),
            TraceQuery(
                givenNames: "Rose", familyName: "Hidden", birthDate: rose.birthDate,
                postcode: rose.currentAddress?.postcode),
            TraceQuery(givenNames: "Alex", familyName: "Morgan", birthDate: TracerTests.alexA.birthDate),
            TraceQuery(familyName: "Morgan"),
        ]
        var alone: [TraceResult] = []
        for query in queries { alone.append(try await tracer.trace(query)) }
        #expect(Set(alone.map(\.stage)) == [.exact, .fuzzy, .broad, nil])
        #expect(try await tracer.trace(batch: queries) == alone)
        #expect(try await tracer.trace(batch: []) == [])
    }
}
