import ArgumentParser
import ConfidantCore

/// A policy version as people write it on the command line: `2` or `v2`.
struct PolicyVersionNumber: ExpressibleByArgument, CustomStringConvertible {
    /// The version number from the policy's header.
    let number: Int

    /// The version `number`.
    init(number: Int) {
        self.number = number
    }

    init?(argument: String) {
        let digits = argument.first.map { "vV".contains($0) } == true ? argument.dropFirst() : Substring(argument)
        guard let number = Int(digits), number >= 1 else { return nil }
        self.number = number
    }

    var description: String { "v\(number)" }

    /// This version in `history`.
    ///
    /// - Throws: ``CommandFailure`` naming the versions there are when it has no such version.
    func policy(in history: PolicyHistory, directory: String) throws -> Policy {
        guard let policy = history.version(number) else {
            let known = history.versions.map { "v\($0.version)" }.joined(separator: ", ")
            throw CommandFailure("there is no policy version \(number) in \(directory) (it has \(known))")
        }
        return policy
    }
}
