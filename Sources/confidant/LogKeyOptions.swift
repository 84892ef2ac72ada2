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

    /// Makes a new key named `name` and writes it to `path`, readable by its owner only.
    ///
    /// - Returns: the new key, whose verifier key is the one to publish.
    static func create(name: String, at path: String) throws -> NoteSigner {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("\(path) already exists; a log key is never overwritten (choose another file)")
        }
        let signer = try NoteSigner.generate(name: name)
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data((signer.signerKey + "\n").utf8), attributes: [.posixPermissions: 0o600])
        else { throw CommandFailure("cannot write the log key file \(path)") }
        return signer
    }

    /// The sealer for the key: its name is the origin.
    func sealer() throws -> LogSealer {
        let signer = try signer()
        return LogSealer(origin: signer.name, signer: signer)
    }
}
