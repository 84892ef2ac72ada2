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
        // Generated while the patients are imported: the import's writer is its slowest
        // stage, so the other core has room, and the entries are ready when it is done.
        let generating = Task.detached {
            var chunks: [[ClinicalEntry]] = []
            for start in stride(from: 0, to: wasEmpty ? count : 0, by: 50_000) where !Task.isCancelled {
                chunks.append((start..<min(start + 50_000, count)).flatMap { registry.clinicalEntries(at: $0) })
            }
            return chunks
        }
        defer { generating.cancel() }
        let summary = try await store.importPatients(
            from: SyntheticPatientSource(registry: registry, count: count), receivedOn: receivedOn,
            progress: { progress.update($0) })
        var clinical = 0
        for entries in await generating.value {
            try await store.addClinicalEntries(entries)
            clinical += entries.count
        }
        progress.finish()
        let seconds = (ContinuousClock.now - start).seconds
        return Result(
            patients: count, inserted: summary.inserted, updated: summary.updated, clinicalEntries: clinical,
            seconds: seconds, patientsPerSecond: Double(count) / seconds)
    }
}
