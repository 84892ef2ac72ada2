import ArgumentParser
import ConfidantCore
import ConfidantStore
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

    @OptionGroup var registry: SeededRegistryOptions
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
    }

    func run() async throws {
        try await reportingFailure {
            let model = try model.load()
            let (count, querySeed, registry) = (queries, querySeed, registry)
            let evaluation = try await store.withStore(logger: .init(label: "confidant.trace")) { store in
                let (labelled, _) = try await registry.queries(count: count, querySeed: querySeed, in: store)
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
