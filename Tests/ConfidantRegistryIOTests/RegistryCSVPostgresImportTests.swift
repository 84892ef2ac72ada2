import ConfidantCore
import ConfidantPostgres
import ConfidantRegistryIO
import ConfidantStore
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import Logging
import Testing

/// A CSV file read by the parallel parsing threads and stored in PostgreSQL, whose import
/// encodes each batch on the thread that parsed it.
///
/// Runs when `POSTGRES_URL` is set (`.ci/run` starts a server and sets it).
@Suite(.enabled(if: PostgresTestServer.url != nil, "set POSTGRES_URL to run against PostgreSQL"))
struct RegistryCSVPostgresImportTests {
    static func csv(_ patients: [Patient], then extra: [String] = []) -> String {
        let rows = patients.map {
            String(decoding: RegistryCSVWriter.rows([$0]), as: UTF8.self).trimmingCharacters(in: .newlines)
        }
        return ([RegistryFileFixture.header] + rows + extra).joined(separator: "\n")
    }

    @Test func aFileInManyChunksIsStoredWhole() async throws {
        let fixture = try await RegistryFileFixture.make(seeded: 0)
        defer { fixture.remove() }
        let patients = Fixtures.registry.patients(in: 7_000..<7_400)
        let good = try fixture.file("good.csv", Self.csv(patients))
        let bad = try fixture.file(
            "bad.csv",
            Self.csv(
                Fixtures.registry.patients(in: 8_000..<8_300),
                then: [RegistryFileFixture.goodRow.replacingOccurrences(of: "LS6 2AB", with: "LS6 22B")]))
        try await PostgresTestServer.withFreshStore { store in
            let summary = try await store.importPatients(
                from: try RegistryCSVSource(path: good, chunkSize: 2_000, workers: 3),
                receivedOn: Fixtures.date("2026-03-01"), progress: { _ in })
            #expect(summary.inserted == patients.count)
            #expect(try await store.patientCount() == patients.count)
            let first = try await store.patient(patients[0].nhsNumber)
            #expect(first?.usualName?.family == patients[0].usualName?.family)

            let error = await #expect(throws: RegistryFileError.self) {
                try await store.importPatients(
                    from: try RegistryCSVSource(path: bad, chunkSize: 2_000, workers: 3),
                    receivedOn: Fixtures.date("2026-03-01"), progress: { _ in })
            }
            #expect(error?.location.description == "line 302, column postcode")
            #expect(try await store.patientCount() == patients.count)
        }
    }
}
