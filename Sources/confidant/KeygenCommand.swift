import ArgumentParser
import ConfidantCore
import ConfidantStore
import Foundation
import Logging
import TransparencyLog

/// `confidant keygen`: a new Ed25519 key for signing the log's checkpoints.
struct KeygenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Write a new log signing key file and print its verifier key (publish that one)."
    )

    @Option(help: "The key's name, which is the log's checkpoint origin, e.g. confidant.example.nhs.uk/log.")
    var name: String = "confidant.localhost/log"

    @Option(help: "Where to write the private key (created with mode 0600; never overwritten).")
    var out: String = "confidant-log.key"

    func validate() throws {
        guard NoteKeyID.isValidKeyName(name) else {
            throw ValidationError("--name must be non-empty, without spaces or '+'")
        }
    }

    func run() async throws {
        try await reportingFailure {
            let signer = try LogKeyOptions.create(name: name, at: out)
            Output.line(signer.verifier.verifierKey)
        }
    }
}
