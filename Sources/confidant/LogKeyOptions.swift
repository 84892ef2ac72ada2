import ArgumentParser
import Configuration
import Foundation
import TransparencyLog

/// The log's signing key: a C2SP signed-note private key file written by `confidant keygen`.
///
/// `--log-key` wins over `CONFIDANT_LOG_KEY_FILE`; the default is `./confidant-log.key`.
/// The key's name is the log's checkpoint origin.
struct LogKeyOptions: ParsableArguments {
    @Option(help: "The log's private key file (default ./confidant-log.key; env CONFIDANT_LOG_KEY_FILE).")
    var logKey: String?

    var path: String {
        logKey
            ?? ConfigReader(provider: EnvironmentVariablesProvider()).string(
                forKey: "confidant.log.key.file", default: "confidant-log.key")
    }

    /// Reads the key file. The message never includes the key.
    func signer() throws -> NoteSigner {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read the log key file \(path); create one with `confidant keygen`")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            return try NoteSigner(signerKey: text)
        } catch {
            throw CommandFailure("the log key file \(path) does not hold a valid Ed25519 signed-note private key")
        }
    }

    /// The sealer for the key: its name is the origin.
    func sealer() throws -> LogSealer {
        let signer = try signer()
        return LogSealer(origin: signer.name, signer: signer)
    }
}
