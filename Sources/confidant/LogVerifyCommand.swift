import ArgumentParser
import ConfidantCore
import ConfidantStore
import Foundation
import Logging
import TransparencyLog

/// `confidant log verify`: checks a whole log from its public tiles, as any outsider can.
struct LogVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a log from its tiles: the signed checkpoint, every tile and entry bundle, and consistency."
    )

    @Option(help: "The log's tlog-tiles prefix, e.g. http://127.0.0.1:8080/log/")
    var url: String

    @Option(help: "The log's verifier key (name+id+key), or a file that holds it.")
    var key: String

    @Option(help: "A checkpoint saved by an earlier run: the log must be consistent with it; it is then replaced.")
    var checkpointFile: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    struct Result: Codable {
        var treeSize: UInt64
        var rootHash: String
        var consistentWithSize: UInt64?
    }

    func run() async throws {
        try await reportingFailure {
            let verifier = try VerifierKey.read(key)
            let log = try HTTPTileReader(prefix: url)
            let note = try await log.checkpoint()
            guard case .verified(let checkpoint) = Checkpoint.open(note, verifiers: [verifier], origin: verifier.name)
            else { throw CommandFailure("the checkpoint is not signed by this key for this log") }
            if case .invalid(let failure) = await TileAudit.verify(
                treeSize: checkpoint.size, rootHash: checkpoint.rootHash, tiles: log)
            {
                throw CommandFailure("the log's tiles do not match its checkpoint: \(failure)")
            }
            var result = Result(treeSize: checkpoint.size, rootHash: checkpoint.rootHash.base64)
            if let checkpointFile {
                result.consistentWithSize = try await checkConsistency(
                    savedAt: checkpointFile, with: checkpoint, log: log, verifier: verifier)
                try Data(note).write(to: URL(fileURLWithPath: checkpointFile), options: .atomic)
            }
            if json {
                try Output.json(result)
            } else {
                let consistent = result.consistentWithSize.map {
                    "; consistent with the saved checkpoint of size \($0)"
                }
                Output.line(
                    "verified: \(checkpoint.size) entries, root \(checkpoint.rootHash.base64), every tile and entry bundle checked\(consistent ?? "")"
                )
            }
        }
    }

    /// Proves from the tiles that the log extends the checkpoint saved earlier; returns its size.
    private func checkConsistency(
        savedAt path: String, with latest: Checkpoint, log: HTTPTileReader, verifier: NoteVerifier
    ) async throws -> UInt64? {
        guard let saved = FileManager.default.contents(atPath: path) else { return nil }
        guard case .verified(let old) = Checkpoint.open([UInt8](saved), verifiers: [verifier], origin: verifier.name)
        else { throw CommandFailure("the saved checkpoint in \(path) is not signed by this key for this log") }
        guard old.size <= latest.size else {
            throw CommandFailure("the log shrank: it was \(old.size) entries and is now \(latest.size)")
        }
        guard old.size > 0, old.size < latest.size else {
            guard old.rootHash == latest.rootHash || old.size == 0 else {
                throw CommandFailure("the log forked: two checkpoints of size \(old.size) have different roots")
            }
            return old.size
        }
        let proof = try await ConsistencyProof.generate(
            oldSize: old.size, newSize: latest.size, from: TileHashReader(treeSize: latest.size, tiles: log))
        guard proof.verify(oldRoot: old.rootHash, newRoot: latest.rootHash) == .valid else {
            throw CommandFailure("the log is not consistent with the checkpoint saved earlier: history was rewritten")
        }
        return old.size
    }
}

/// A verifier key given inline or in a file.
enum VerifierKey {
    static func read(_ key: String) throws -> NoteVerifier {
        let text =
            FileManager.default.contents(atPath: key).map {
                String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            } ?? key
        do {
            return try NoteVerifier(verifierKey: text)
        } catch {
            throw CommandFailure("--key is not a signed-note verifier key (name+id+key) nor a file holding one")
        }
    }
}
