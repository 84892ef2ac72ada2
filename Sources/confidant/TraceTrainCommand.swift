import ArgumentParser
import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Foundation
import Logging

/// `confidant trace train`: fits the match model on the registry, without labels.
struct TraceTrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Fit the match model on the registry (no labels) and save it.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var model: TraceModelOptions

    @Option(help: "How many registry profiles to train on (a fixed sample).")
    var sample: Int = 200_000

    @Flag(help: "Print the result as JSON.") var json = false

    struct Result: Codable {
        var profiles: Int
        var registrySize: Int
        var seconds: Double
        var model: String
    }

    func validate() throws {
        guard (1_000...10_000_000).contains(sample) else { throw ValidationError("--sample must be 1000 to 10000000") }
    }

    func run() async throws {
        try await reportingFailure {
            let sample = sample
            let start = ContinuousClock.now
            let (trained, profiles, size) = try await store.withStore(logger: .init(label: "confidant.trace")) {
                store in
                let size = try await store.patientCount()
                guard size >= 100 else {
                    throw CommandFailure("the registry has \(size) patients; import or seed at least 100 first")
                }
                let profiles = try await store.sampleTraceProfiles(count: sample)
                var configuration = MatchTrainer.Configuration()
                configuration.registrySize = size
                return (
                    try MatchTrainer(configuration: configuration).train(profiles: profiles, trainedAt: Date()),
                    profiles.count, size
                )
            }
            try model.save(trained)
            let result = Result(
                profiles: profiles, registrySize: size, seconds: (ContinuousClock.now - start).seconds,
                model: model.path)
            if json {
                try Output.json(result)
            } else {
                Output.line(
                    "trained on \(profiles) of \(size) patients in \(String(format: "%.1f", result.seconds)) s; saved \(model.path)"
                )
            }
        }
    }
}
