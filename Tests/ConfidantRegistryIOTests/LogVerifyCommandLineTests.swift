import ConfidantHTTP
import ConfidantSQLite
import ConfidantTesting
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Prometheus
import Testing
import TransparencyLog

/// `confidant log verify` against a live server: a log as served verifies, and a tile or
/// entry bundle changed in the server's database afterwards is caught.
@Suite(.enabled(if: CommandLine.binaryExists, "build the confidant executable first (swift build)"), .serialized)
struct LogVerifyCommandLineTests {
    /// A 600-entry log in a SQLite file, its verifier key, and the directory they live in.
    struct Log {
        var database: String
        var verifierKey: String
        var directory: URL
    }

    static func makeLog(in directory: URL, appends: Int = 600) throws -> Log {
        let key = directory.appendingPathComponent("log.key").path
        let database = directory.appendingPathComponent("log.sqlite").path
        let keygen = try CommandLine.run(["keygen", "--name", "verify.test/log", "--out", key])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        if appends > 0 {
            let bench = try CommandLine.run([
                "log", "bench", "--appends", "\(appends)", "--log-key", key, "--db", database, "--json",
            ])
            #expect(bench.status == 0, "\(bench.stderr)")
        }
        return Log(
            database: database, verifierKey: keygen.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
            directory: directory)
    }

    /// Serves the log's database over HTTP on a free loopback port while `body` runs.
    static func serving(
        _ log: Log, emptyCheckpoint: SignedNote? = nil, _ body: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        let store = try SQLiteStore(path: log.database)
        try await store.migrate()
        let router = ConfidantApplication.router(
            store: store, metrics: PrometheusCollectorRegistry(), emptyCheckpoint: emptyCheckpoint)
        try await Application(router: router).test(.live) { client in
            try await body(try #require(client.port))
        }
    }

    static func verify(_ log: Log, port: Int, extra: [String] = []) async throws -> CommandLine.Result {
        try await CommandLine.runOffThePool(
            ["log", "verify", "--url", "http://127.0.0.1:\(port)/log/", "--key", log.verifierKey] + extra)
    }

    /// Flips one bit of a stored tile or bundle, as an attacker with the database could.
    static func tamper(_ log: Log, _ tampering: Tampering) throws {
        let (level, index, byte) = (tampering.level, tampering.index, tampering.byte)
        let queue = try DatabaseQueue(path: log.database)
        try queue.write { db in
            var data = try #require(
                try Data.fetchOne(
                    db, sql: "SELECT data FROM log_tile WHERE level = ? AND idx = ?", arguments: [level, index]))
            data[byte] ^= 0x01
            try db.execute(
                sql: "UPDATE log_tile SET data = ? WHERE level = ? AND idx = ?", arguments: [data, level, index])
        }
    }

    @Test func aServedLogVerifiesAndStaysConsistent() async throws {
        try await Fixtures.withTemporaryDirectory("confidant-verify") { directory in
            let log = try Self.makeLog(in: directory)
            let saved = directory.appendingPathComponent("checkpoint.txt").path
            try await Self.serving(log) { port in
                let first = try await Self.verify(log, port: port, extra: ["--checkpoint-file", saved, "--json"])
                #expect(first.status == 0, "\(first.stderr)")
                #expect(first.stdout.contains("\"treeSize\":600"))
                let again = try await Self.verify(log, port: port, extra: ["--checkpoint-file", saved, "--json"])
                #expect(again.status == 0, "\(again.stderr)")
                #expect(again.stdout.contains("\"consistentWithSize\":600"))
            }
        }
    }

    /// One bit flipped in one stored tile or bundle (level -1).
    struct Tampering: Sendable, CustomTestStringConvertible {
        var level: Int
        var index: Int
        var byte: Int
        var testDescription: String { "level \(level), tile \(index), byte \(byte)" }
    }

    @Test(arguments: [
        Tampering(level: 0, index: 1, byte: 100),  // a leaf hash in a full level-0 tile
        Tampering(level: 1, index: 0, byte: 5),  // a hash in the level-1 (partial) tile
        Tampering(level: -1, index: 0, byte: 40),  // a byte inside an entry of the first bundle
        Tampering(level: -1, index: 0, byte: 0),  // a length prefix: the bundle no longer parses (500)
    ])
    func aTamperedTileOrBundleIsCaught(_ tampering: Tampering) async throws {
        try await Fixtures.withTemporaryDirectory("confidant-verify") { directory in
            let log = try Self.makeLog(in: directory)
            try Self.tamper(log, tampering)
            try await Self.serving(log) { port in
                let result = try await Self.verify(log, port: port)
                #expect(result.status == 1)
                #expect(result.stderr.hasPrefix("confidant: "), "\(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
            }
        }
    }

    @Test func aLogThatShrankIsNotConsistentWithTheSavedCheckpoint() async throws {
        try await Fixtures.withTemporaryDirectory("confidant-verify") { directory in
            let log = try Self.makeLog(in: directory)
            let saved = directory.appendingPathComponent("checkpoint.txt").path
            try await Self.serving(log) { port in
                let first = try await Self.verify(log, port: port, extra: ["--checkpoint-file", saved])
                #expect(first.status == 0, "\(first.stderr)")
            }
            // Roll the log back to an earlier checkpoint, as a log hiding entries would.
            let queue = try DatabaseQueue(path: log.database)
            try await queue.write { db in
                try db.execute(sql: "DELETE FROM log_checkpoint WHERE size > (SELECT min(size) FROM log_checkpoint)")
            }
            try await Self.serving(log) { port in
                let result = try await Self.verify(log, port: port, extra: ["--checkpoint-file", saved])
                #expect(result.status == 1)
                #expect(result.stderr.hasPrefix("confidant: "), "\(result.stderr)")
            }
        }
    }

    @Test func anEmptyLogServesASignedCheckpointOfSizeZeroThatVerifies() async throws {
        try await Fixtures.withTemporaryDirectory("confidant-verify") { directory in
            let log = try Self.makeLog(in: directory, appends: 0)
            let keyFile = directory.appendingPathComponent("log.key")
            let signer = try NoteSigner(
                signerKey: String(contentsOf: keyFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
            let empty = try LogSealer(origin: signer.name, signer: signer).emptyCheckpoint()
            try await Self.serving(log, emptyCheckpoint: empty) { port in
                let result = try await Self.verify(log, port: port, extra: ["--json"])
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stdout.contains("\"treeSize\":0"))
            }
        }
    }
}
