import ArgumentParser
import ConfidantCore
import ConfidantStore
import ConfidantSynthetic
import ConfidantTrace
import Foundation
import Logging

/// `confidant trace evaluate`: labelled queries made the way real requests are wrong,
/// traced against a registry seeded by `confidant seed`, and the accuracy they reach.
struct TraceEvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure trace accuracy on corrupted queries about a registry made by `confidant seed`."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var model: TraceModelOptions

    @Option(help: "The --seed the registry was seeded with.") var seed: UInt64 = 1
    @Option(help: "The --reference-date it was seeded with.") var referenceDate: String = "2026-01-01"
    @Option(help: "How many queries (one in ten about people not in the registry).") var queries: Int = 10_000
    @Option(help: "The seed of the query corruptions.") var querySeed: UInt64 = 7
    @Flag(help: "Print the result as JSON.") var json = false

    struct Result: Codable {
        var queries: Int
        var withTrueMatch: Int
        var topOneAccuracy: Double
        var precision: Double
        var recall: Double
        var falseMatchRate: Double
        var falseMatches: Int
        var expectedCalibrationError: Double
        var blockingRecall: Double
        var ruleRecall: [String: Double]
    }

    func validate() throws {
        guard (1...1_000_000).contains(queries) else { throw ValidationError("--queries must be 1 to 1000000") }
        guard (try? CalendarDate(iso: referenceDate)) != nil else {
            throw ValidationError("--reference-date must be a real date written YYYY-MM-DD")
        }
    }

    func run() async throws {
        try await reportingFailure {
            let model = try model.load()
            let reference = try CalendarDate(iso: referenceDate)
            let registry = SyntheticRegistry(seed: seed, referenceDate: reference)
            let (count, querySeed) = (queries, querySeed)
            let evaluation = try await store.withStore(logger: .init(label: "confidant.trace")) { store in
                let size = try await store.patientCount()
                guard size > 0, try await store.patient(registry.patient(at: size - 1).nhsNumber) != nil else {
                    throw CommandFailure(
                        "the registry was not made by `confidant seed` with this --seed and --reference-date")
                }
                let labelled = QueryCorruptor(seed: querySeed, referenceDate: reference).queries(
                    count: count, registrySize: size, patient: { registry.patient(at: $0) },
                    outsider: { registry.patient(at: size + 1_000 + $0 * 37) })
                return try await TraceEvaluation.run(
                    labelled, tracer: Tracer(model: model, source: store), source: store)
            }
            let result = Result(
                queries: evaluation.queries, withTrueMatch: evaluation.withTrueMatch,
                topOneAccuracy: evaluation.topOneAccuracy, precision: evaluation.precision, recall: evaluation.recall,
                falseMatchRate: evaluation.falseMatchRate, falseMatches: evaluation.falseMatches,
                expectedCalibrationError: evaluation.expectedCalibrationError, blockingRecall: evaluation.unionRecall,
                ruleRecall: evaluation.ruleRecall)
            if json {
                try Output.json(result)
            } else {
                Output.line(
                    String(
                        format:
                            "%d queries: top-1 accuracy %.4f, precision %.5f, recall %.4f, false-match rate %.5f (%d), calibration error %.4f, blocking recall %.4f",
                        result.queries, result.topOneAccuracy, result.precision, result.recall, result.falseMatchRate,
                        result.falseMatches, result.expectedCalibrationError, result.blockingRecall))
            }
        }
    }
}
