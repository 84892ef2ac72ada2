import ArgumentParser
import ConfidantCore
import ConfidantGateway
import Configuration
import Foundation

/// The policy directory: every `*.policy` file in it is one version (see docs/policy.md).
///
/// `--policies` wins over `CONFIDANT_POLICIES`; the default is `./policies`.
struct PolicyOptions: ParsableArguments {
    @Option(help: "The policy directory (default ./policies; env CONFIDANT_POLICIES).")
    var policies: String?

    var path: String {
        policies
            ?? ConfigReader(provider: EnvironmentVariablesProvider()).string(
                forKey: "confidant.policies", default: "policies")
    }

    /// Loads every version; a policy that does not load names its file, line and column.
    func load() throws -> PolicyHistory {
        do {
            return try PolicyDirectory.load(URL(fileURLWithPath: path))
        } catch let failure as PolicyDirectory.LoadFailure {
            throw CommandFailure(failure.description)
        }
    }
}
