import ArgumentParser
import ConfidantCore
import Foundation

/// `confidant policy generate`: writes a synthetic year of cases, shaped like January to
/// November 2016, as JSON Lines for `simulate` and `explain`.
struct PolicyGenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic January to November 2016 year of cases as JSON Lines.")

    @Option(help: ArgumentHelp("The random seed; the same seed gives the same year.", valueName: "n"))
    var seed: UInt64 = 2016
    @Option(help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var out: String?

    func run() async throws {
        try await reportingFailure {
            let data = try Self.jsonLines(SyntheticRequestYear(seed: seed).cases)
            if let out {
                // Atomic: the cases go to a temporary file that is renamed over `out` only when
                // complete, so a failure never leaves half a year behind.
                do {
                    try data.write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw CommandFailure("cannot write \(out): \((error as NSError).localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }

    /// One case a line, keys sorted, so the same seed gives the same bytes.
    static func jsonLines(_ cases: [PolicyInput]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for input in cases {
            data.append(try encoder.encode(input))
            data.append(UInt8(ascii: "\n"))
        }
        return data
    }
}
