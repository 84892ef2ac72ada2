import ConfidantCore
import ConfidantSQLite
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import Testing

/// The `confidant` binary end to end: exit status, one-line errors, determinism, round trips.
@Suite(.enabled(if: CommandLine.binaryExists, "build the confidant executable first (swift build)"))
struct CommandLineTests {
    @Test func badFileExitsNonZeroWithOneLineAndChangesNothing() async throws {
        let fixture = try await RegistryFileFixture.make()
        defer { fixture.remove() }
        let bad = try fixture.file(
            "bad.csv",
            RegistryFileFixture.header + "\n" + RegistryFileFixture.goodRow + "\n"
                + RegistryFileFixture.goodRow.replacingOccurrences(of: "9990000026", with: "9990000034")
                .replacingOccurrences(of: "1984-02-29", with: "1985-02-29"))
        let result = try CommandLine.run([
            "import", "registry", bad, "--db", fixture.directory.appendingPathComponent("registry.sqlite").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr == "confidant: line 3, column birth_date: no such day on the calendar\n")
        #expect(try await fixture.isUnchanged())
    }

    /// An import into a file that does not exist yet is a bulk load: failing, it leaves no file at all.
    @Test func aFailedImportIntoANewFileLeavesNoFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("confidant-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.csv")
        try Data(
            (RegistryFileFixture.header + "\n" + RegistryFileFixture.goodRow + "\n"
                + RegistryFileFixture.goodRow.replacingOccurrences(of: "9990000026", with: "12345")).utf8
        ).write(to: bad)
        let db = directory.appendingPathComponent("new.sqlite").path
        let result = try CommandLine.run(["import", "registry", bad.path, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("confidant: line 3, column nhs_number:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(!FileManager.default.fileExists(atPath: db + ".loading"))
    }

    @Test func missingFileIsAOneLineError() throws {
        let result = try CommandLine.run([
            "import", "registry", "/nonexistent/registry.csv", "--db", "/tmp/unused-\(UUID()).sqlite",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("confidant: file: cannot read the file"))
    }

    @Test func seedIsDeterministicAndExportRoundTrips() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "confidant-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

        for name in ["a", "b"] {
            let seeded = try CommandLine.run([
                "seed", "--patients", "400", "--seed", "9", "--db", path("\(name).sqlite"),
            ])
            #expect(seeded.status == 0, "\(seeded.stderr)")
        }
        for format in ["csv", "fhir"] {
            for name in ["a", "b"] {
                let exported = try CommandLine.run(
                    [
                        "export", "registry", "--format", format, "--db", path("\(name).sqlite"), "--out",
                        path("\(name).\(format)"),
                    ])
                #expect(exported.status == 0, "\(exported.stderr)")
            }
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: path("a.\(format)")))
                    == Data(contentsOf: URL(fileURLWithPath: path("b.\(format)"))))
        }
        // FHIR carries the full history, so import → export reproduces the file exactly.
        let imported = try CommandLine.run([
            "import", "registry", path("a.fhir"), "--format", "fhir", "--db", path("c.sqlite"),
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        _ = try CommandLine.run([
            "export", "registry", "--format", "fhir", "--db", path("c.sqlite"), "--out", path("c.fhir"),
        ])
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: path("c.fhir")))
                == Data(contentsOf: URL(fileURLWithPath: path("a.fhir"))))
        // CSV carries current state: import → export reproduces the CSV.
        _ = try CommandLine.run(["import", "registry", path("a.csv"), "--db", path("d.sqlite")])
        _ = try CommandLine.run(["export", "registry", "--db", path("d.sqlite"), "--out", path("d.csv")])
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: path("d.csv")))
                == Data(contentsOf: URL(fileURLWithPath: path("a.csv"))))
    }

    @Test func seedJSONReportsTiming() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("confidant-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: db) }
        let result = try CommandLine.run(["seed", "--patients", "100", "--db", db, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["inserted"] as? Int == 100)
        #expect((json?["patientsPerSecond"] as? Double ?? 0) > 0)
    }
}

/// Runs the built `confidant` executable.
enum CommandLine {
    static var binary: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent(".build/debug/confidant")
    }

    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// ``run(_:)`` waiting on a Dispatch thread instead of a cooperative one: for tests that
    /// serve HTTP from this process while the command talks to it. A blocked cooperative
    /// thread (two, on a 2-core machine) can leave the server's handlers no thread to run on,
    /// and the command then waits for an answer that never comes.
    static func runOffThePool(_ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try run(arguments) })
            }
        }
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
