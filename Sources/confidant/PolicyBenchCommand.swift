import ArgumentParser
import ConfidantCore
import Foundation

/// `confidant policy bench`: how fast the policies decide, on a generated year of cases.
struct PolicyBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure decision latency (median, p99) and replaying 100,000 cases under v1 and v2.")

    @OptionGroup var options: PolicyOptions
    @Option(help: ArgumentHelp("The seed of the generated year.", valueName: "n")) var seed: UInt64 = 2016
    @Option(help: ArgumentHelp("How many times every case is decided under every version.", valueName: "n"))
    var rounds = 5
    @Flag(help: "Print the result as JSON.") var json = false

    static let replayCount = 100_000

    struct Result: Codable {
        var cases: Int
        var versions: Int
        var decisions: Int
        var decisionMedianNanoseconds: Double
        var decisionP99Nanoseconds: Double
        var replayCases: Int
        var replay100kSeconds: Double
    }

    func validate() throws {
        guard (1...100).contains(rounds) else { throw ValidationError("--rounds must be 1 to 100") }
    }

    func run() async throws {
        try await reportingFailure {
            let history = try options.load()
            let path = options.path
            let (mou, criteria) = (
                try PolicyVersionNumber(number: 1).policy(in: history, directory: path),
                try PolicyVersionNumber(number: 2).policy(in: history, directory: path)
            )
            let bench = PolicyBenchmark(cases: SyntheticRequestYear(seed: seed).cases)
            let times = bench.decisionNanoseconds(history.versions, rounds: rounds)
            let replay = bench.replaySeconds(
                count: Self.replayCount, before: mou, after: criteria, runs: min(rounds, 3))
            let result = Result(
                cases: bench.cases.count, versions: history.versions.count, decisions: times.count,
                decisionMedianNanoseconds: PolicyBenchmark.percentile(times, 0.5),
                decisionP99Nanoseconds: PolicyBenchmark.percentile(times, 0.99), replayCases: Self.replayCount,
                replay100kSeconds: replay)
            if json {
                try Output.json(result)
            } else {
                Output.line(
                    String(
                        format: "%d decisions (%d cases × %d versions × %d rounds): median %.0f ns, p99 %.0f ns; "
                            + "replaying %d cases under v1 and v2: %.3f s",
                        result.decisions, result.cases, result.versions, rounds, result.decisionMedianNanoseconds,
                        result.decisionP99Nanoseconds, result.replayCases, result.replay100kSeconds))
            }
        }
    }
}
