import ArgumentParser
import ConfidantCore
import ConfidantStore
import ConfidantSynthetic
import ConfidantTrace

/// The registry `confidant seed` made, named by its seed and reference date, so
/// `trace evaluate` and `trace bench` can make labelled queries about its patients.
struct SeededRegistryOptions: ParsableArguments {
    @Option(help: "The --seed the registry was seeded with.") var seed: UInt64 = 1
    @Option(help: "The --reference-date it was seeded with.") var referenceDate: String = "2026-01-01"

    func validate() throws {
        guard (try? CalendarDate(iso: referenceDate)) != nil else {
            throw ValidationError("--reference-date must be a real date written YYYY-MM-DD")
        }
    }

    /// `count` queries corrupted as real requests are (one in ten about someone not in the
    /// registry), checking first that the store holds this seeded registry.
    ///
    /// - Returns: the queries and the registry's size.
    func queries(count: Int, querySeed: UInt64, in store: any ConfidantStorage) async throws
        -> (queries: [LabelledQuery], registrySize: Int)
    {
        let reference = try CalendarDate(iso: referenceDate)
        let registry = SyntheticRegistry(seed: seed, referenceDate: reference)
        let size = try await store.patientCount()
        guard size > 0, try await store.patient(registry.patient(at: size - 1).nhsNumber) != nil else {
            throw CommandFailure("the registry was not made by `confidant seed` with this --seed and --reference-date")
        }
        let queries = QueryCorruptor(seed: querySeed, referenceDate: reference).queries(
            count: count, registrySize: size, patient: { registry.patient(at: $0) },
            outsider: { registry.patient(at: size + 1_000 + $0 * 37) })
        return (queries, size)
    }
}
