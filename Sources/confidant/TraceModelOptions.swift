import ArgumentParser
import ConfidantTrace
import Configuration
import Foundation

/// The match model file: written by `confidant trace train`, read by `trace` and the server.
///
/// `--model` wins over `CONFIDANT_TRACE_MODEL`; the default is `./confidant-trace-model.json`.
struct TraceModelOptions: ParsableArguments {
    @Option(help: "The match model file (default ./confidant-trace-model.json; env CONFIDANT_TRACE_MODEL).")
    var model: String?

    var path: String {
        model
            ?? ConfigReader(provider: EnvironmentVariablesProvider()).string(
                forKey: "confidant.trace.model", default: "confidant-trace-model.json")
    }

    func load() throws -> MatchModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("no match model at \(path): train one with `confidant trace train`")
        }
        do {
            return try MatchModel.load(from: data)
        } catch {
            throw CommandFailure("\(path) is not a Confidant match model (\(error))")
        }
    }

    /// Writes the model atomically: a crash never leaves half a model behind.
    func save(_ model: MatchModel) throws {
        try model.encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
