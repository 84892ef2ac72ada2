import ArgumentParser
import ConfidantCore
import ConfidantStore
import ConfidantSynthetic
import Foundation
import Logging

/// `confidant seed`: fills the registry with a deterministic synthetic population.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Add a deterministic synthetic population to the registry (same seed, same registry)."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "How many patients to generate.")
    var patients: Int = 10_000

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    @Option(help: "The data set's 'today' (YYYY-MM-DD): ages, deaths and service usage are relative to it.")
    var referenceDate: String = "2026-01-01"

    @Flag(help: "Print the result (and timing) as JSON.")
    var json = false

    func validate() throws {
        guard patients > 0, patients <= 100_000_000 else {
            throw ValidationError("--patients must be between 1 and 100000000")
        }
        guard (try? CalendarDate(iso: referenceDate)) != nil else {
            throw ValidationError("--reference-date must be a real date written YYYY-MM-DD")
        }
    }

    /// The machine-readable result, also the seed benchmark's output.
    struct Result: Codable {
        var patients: Int
        var inserted: Int
        var updated: Int
        var clinicalEntries: Int
        var seconds: Double
        var patientsPerSecond: Double
    }

    func run() async throws {
        try await reportingFailure {
            let reference = try CalendarDate(iso: referenceDate)
            let registry = SyntheticRegistry(seed: seed, referenceDate: reference)
            let result = try await store.withStoreToFill(logger: Logger(label: "confidant.seed")) { store in
                try await Self.seed(registry, count: patients, into: store, receivedOn: reference)
            }
            if json {
                try Output.json(result)
            } else {
                Output.line(
                    "seeded \(result.patients) patients (\(result.inserted) new, \(result.updated) updated) in \(String(format: "%.1f", result.seconds)) s"
                )
            }
        }
    }

    /// Seeds `count` patients and their clinical entries into an open store; shared with `demo`.
    static func seed(
        _ registry: SyntheticRegistry, count: Int, into store: any ConfidantStorage, receivedOn: CalendarDate
    ) async throws -> Result {
        let progress = ProgressBar("patients", total: count)
        let start = ContinuousClock.now
        // Clinical entries have no natural key, so they are seeded only into an empty
        // registry: seeding twice must not duplicate them.
        let wasEmpty = try await store.patientCount() == 0
        let chunks = wasEmpty ? Array(stride(from: 0, to: count, by: 50_000)) : []
        func entries(from start: Int) -> [ClinicalEntry] {
            (start..<min(start + 50_000, count)).flatMap { registry.clinicalEntries(at: $0) }
        }
        // The first chunks are generated while the patients are imported: the import's writer
        // is its slowest stage, so the other core has room. At most forty chunks (2,000,000
        // patients, about 250,000 entries, 30 MB) wait in memory; a larger seed makes the
        // rest after the import, so its memory does not grow with the registry.
        let early = Array(chunks.prefix(40))
        let generating = Task.detached {
            var ready: [[ClinicalEntry]] = []
            for start in early where !Task.isCancelled { ready.append(entries(from: start)) }
            return ready
        }
        defer { generating.cancel() }
        let summary = try await store.importPatients(
            from: SyntheticPatientSource(registry: registry, count: count), receivedOn: receivedOn,
            progress: { progress.update($0) })
        var clinical = 0
        for chunk in await generating.value {
            try await store.addClinicalEntries(chunk)
            clinical += chunk.count
        }
        for start in chunks.dropFirst(early.count) {
            let chunk = entries(from: start)
            try await store.addClinicalEntries(chunk)
            clinical += chunk.count
        }
        progress.finish()
        let seconds = (ContinuousClock.now - start).seconds
        return Result(
            patients: count, inserted: summary.inserted, updated: summary.updated, clinicalEntries: clinical,
            seconds: seconds, patientsPerSecond: Double(count) / seconds)
    }
}
