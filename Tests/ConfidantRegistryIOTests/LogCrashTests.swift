import ConfidantPostgres
import ConfidantSQLite
import ConfidantStore
import ConfidantTesting
import Foundation
import Logging
import Testing
import TransparencyLog

/// The crash test: `confidant log stress` is killed with SIGKILL while appends are in
/// flight, again and again; afterwards every acknowledged event is in the log at the
/// index it was acknowledged with, the log has no gaps, and its final checkpoint is
/// consistent with every checkpoint acknowledged before.
@Suite(.enabled(if: CommandLine.binaryExists, "build the confidant executable first (swift build)"), .serialized)
struct LogCrashTests {
    struct Acknowledgement: Hashable {
        var index: UInt64
        var request: String
        var sequence: Int
        var size: UInt64
        var root: String
    }

    @Test func sqliteKeepsEveryAcknowledgedAppendAcrossKills() async throws {
        try await Fixtures.withTemporaryDirectory("confidant-crash") { directory in
            let database = directory.appendingPathComponent("log.sqlite").path
            let acknowledged = try Self.killRepeatedly(store: ["--db", database], directory: directory)
            try await Self.verify(SQLiteStore(path: database), acknowledged: acknowledged, directory: directory)
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["POSTGRES_URL"] != nil, "set POSTGRES_URL"))
    func postgresKeepsEveryAcknowledgedAppendAcrossKills() async throws {
        let base = try #require(ProcessInfo.processInfo.environment["POSTGRES_URL"])
        let name = "crash_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try Self.psql(base, "CREATE DATABASE \(name)")
        defer { try? Self.psql(base, "DROP DATABASE \(name) WITH (FORCE)") }
        let lastSlash = try #require(base.range(of: "/", options: .backwards))
        let url = String(base[..<lastSlash.lowerBound]) + "/" + name
        try await Fixtures.withTemporaryDirectory("confidant-crash") { directory in
            let acknowledged = try Self.killRepeatedly(store: ["--database-url", url], directory: directory)
            let store = try PostgresStore(url: url, logger: Logger(label: "test"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await store.run() }
                defer { group.cancelAll() }
                try await Self.verify(store, acknowledged: acknowledged, directory: directory)
            }
        }
    }

    /// Starts `log stress` five times, killing it with SIGKILL after a random moment each time.
    static func killRepeatedly(store: [String], directory: URL) throws -> [Acknowledgement] {
        let key = directory.appendingPathComponent("log.key").path
        let keygen = try CommandLine.run(["keygen", "--name", "crash.test/log", "--out", key])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        var acknowledged: [Acknowledgement] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<5 {
            let output = directory.appendingPathComponent("acks-\(round).txt")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let process = Process()
            process.executableURL = CommandLine.binary
            process.arguments = ["log", "stress", "--log-key", key, "--concurrency", "48"] + store
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.8...2.0, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round) ended before it was killed")
            acknowledged += try parse(String(contentsOf: output, encoding: .utf8))
        }
        #expect(acknowledged.count > 50, "too few appends were acknowledged to test anything")
        return acknowledged
    }

    /// Lines `acked <index> <request> <seq> <size> <root>`; a line cut by the kill is ignored.
    static func parse(_ text: String) -> [Acknowledgement] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 6, fields[0] == "acked", let index = UInt64(fields[1]), let sequence = Int(fields[3]),
                let size = UInt64(fields[4]), fields[5].count == 44
            else { return nil }
            return Acknowledgement(
                index: index, request: String(fields[2]), sequence: sequence, size: size, root: String(fields[5]))
        }
    }

    static func verify(_ store: any LogStore, acknowledged: [Acknowledgement], directory: URL) async throws {
        let key = try String(contentsOf: directory.appendingPathComponent("log.key"), encoding: .utf8)
        let verifier = try NoteSigner(signerKey: key.trimmingCharacters(in: .whitespacesAndNewlines)).verifier
        let note = try #require(try await store.latestCheckpoint())
        guard case .verified(let latest) = Checkpoint.open(Array(note.utf8), verifiers: [verifier]) else {
            Issue.record("the final checkpoint does not verify")
            return
        }
        // Every tile and entry bundle hashes up to the signed root: no gaps, nothing altered.
        #expect(
            await TileAudit.verify(treeSize: latest.size, rootHash: latest.rootHash, tiles: AnyLogStore(store))
                == .valid)
        #expect(try await store.event(atLogIndex: latest.size - 1) != nil)
        #expect(try await store.event(atLogIndex: latest.size) == nil)
        // Every acknowledged event is stored, at the index it was acknowledged with.
        for request in Set(acknowledged.map(\.request)) {
            let stored = Dictionary(
                uniqueKeysWithValues: try await store.events(ofRequest: request).map { ($0.sequence, $0.logIndex) })
            for ack in acknowledged where ack.request == request {
                #expect(stored[ack.sequence] == ack.index, "acknowledged event \(ack.index) is missing")
            }
        }
        // The final tree extends every checkpoint that was acknowledged before it.
        let reader = TileHashReader(treeSize: latest.size, tiles: AnyLogStore(store))
        for (size, root) in Set(acknowledged.map { Pair(size: $0.size, root: $0.root) }).map({ ($0.size, $0.root) })
        where size < latest.size {
            let proof = try await ConsistencyProof.generate(oldSize: size, newSize: latest.size, from: reader)
            #expect(proof.verify(oldRoot: try LogHash(base64: root), newRoot: latest.rootHash) == .valid)
        }
    }

    struct Pair: Hashable {
        var size: UInt64
        var root: String
    }

    static func psql(_ url: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-q", "-c", sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TraceCommandLineTests.CommandFailed("psql failed: \(sql)") }
    }
}
