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
            guard !FileManager.default.fileExists(atPath: out) else {
                throw CommandFailure("\(out) already exists; a log key is never overwritten (choose another --out)")
            }
            let signer = try NoteSigner.generate(name: name)
            guard
                FileManager.default.createFile(
                    atPath: out, contents: Data((signer.signerKey + "\n").utf8), attributes: [.posixPermissions: 0o600])
            else {
                throw CommandFailure("cannot write \(out)")
            }
            Output.line(signer.verifier.verifierKey)
        }
    }
}
