import ConfidantCore
import ConfidantSynthetic
import Foundation
import Testing

/// `confidant trace` end to end on a seeded SQLite registry: train, trace one, trace a
/// batch, evaluate, and the errors a person gets for bad input.
@Suite(.enabled(if: CommandLine.binaryExists, "build the confidant executable first (swift build)"), .serialized)
struct TraceCommandLineTests {
    /// A directory with a seeded registry (seed 3, 2,000 patients) and a trained model.
    final class Seeded: Sendable {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("confidant-trace-\(UUID())")
        let registry = SyntheticRegistry(seed: 3, referenceDate: CalendarDate(daysSinceEpoch: 20_454))

        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        var store: [String] { ["--db", path("registry.sqlite"), "--model", path("model.json")] }

        init() throws {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let seeded = try CommandLine.run([
                "seed", "--patients", "2000", "--seed", "3", "--db", path("registry.sqlite"),
            ])
            guard seeded.status == 0 else { throw CommandFailed(seeded.stderr) }
            let trained = try CommandLine.run(["trace", "train", "--sample", "2000"] + store)
            guard trained.status == 0 else { throw CommandFailed(trained.stderr) }
        }

        deinit { try? FileManager.default.removeItem(at: directory) }
    }

    struct CommandFailed: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    static let seeded = Result { try Seeded() }

    @Test func anExactQueryIsAUniqueMatch() throws {
        let seeded = try Self.seeded.get()
        let patient = seeded.registry.patient(at: 17)
        let name = try #require(patient.usualName)
        let result = try CommandLine.run(
            [
                "trace", "--given", name.given.joined(separator: " "), "--family", name.family,
                "--birth-date", patient.birthDate.description, "--json",
            ] + seeded.store)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["outcome"] as? String == "match")
        #expect(json["matchedNHSNumber"] as? String == patient.nhsNumber.description)
    }

    @Test func aBatchWritesOneRowAQueryInOrder() throws {
        let seeded = try Self.seeded.get()
        let patients = [5, 6, 7].map { seeded.registry.patient(at: $0) }
        var csv = "query_id,given_names,family_name,birth_date,postcode\n"
        for (number, patient) in patients.enumerated() {
            let name = try #require(patient.usualName)
            csv += "q\(number),\(name.given.first ?? ""),\(name.family),\(patient.birthDate),\n"
        }
        csv += "q3,Nobody,Zzyzxqwv,1901-01-01,\n"
        try csv.write(toFile: seeded.path("queries.csv"), atomically: true, encoding: .utf8)
        let result = try CommandLine.run(
            ["trace", "--batch", seeded.path("queries.csv"), "--out", seeded.path("results.csv")] + seeded.store)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: seeded.path("results.csv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "query_id,nhs_number,score,outcome,candidates")
        #expect(rows.count == 5)
        for (number, patient) in patients.enumerated() {
            let fields = rows[number + 1].split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[0] == "q\(number)")
            #expect(fields[3] == "match")
            #expect(fields[1] == patient.nhsNumber.description)
        }
        let last = rows[4].split(separator: ",", omittingEmptySubsequences: false)
        #expect(last[0] == "q3" && last[1] == "" && last[3] == "no-match")
    }

    /// 1,500 queries are six chunks, traced four at a time: rows still come out in input order.
    @Test func aBatchOfManyChunksKeepsTheInputOrder() throws {
        let seeded = try Self.seeded.get()
        var csv = "query_id,given_names,family_name,birth_date\n"
        for index in 0..<1_500 {
            let patient = seeded.registry.patient(at: index)
            let name = try #require(patient.usualName)
            csv += "q\(index),\(name.given.first ?? ""),\(name.family),\(patient.birthDate)\n"
        }
        try csv.write(toFile: seeded.path("many.csv"), atomically: true, encoding: .utf8)
        let result = try CommandLine.run(
            ["trace", "--batch", seeded.path("many.csv"), "--out", seeded.path("many-results.csv")] + seeded.store)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: seeded.path("many-results.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst()
        #expect(rows.count == 1_500)
        var matches = 0
        for (index, row) in rows.enumerated() {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[0] == "q\(index)")
            if fields[3] == "match" {
                #expect(fields[1] == seeded.registry.patient(at: index).nhsNumber.description)
                matches += 1
            }
        }
        #expect(matches > 1_400)
    }

    @Test(arguments: [
        ("query_id,family_name,shoe_size\nq1,Smith,9\n", "confidant: line 1, column shoe_size: unknown column"),
        ("family_name,birth_date\nSmith,1980-01-01\n", "confidant: line 1, column query_id: the header must have"),
        (
            "query_id,family_name,birth_date\nq1,Smith,1980-01-01\nq2,Jones,31/02/1980\n",
            "confidant: line 3, column birth_date:"
        ),
        ("query_id,family_name\nq1,Smith\nq1,Jones\n", "confidant: line 3, column query_id: query_id repeats"),
        ("query_id,family_name\nq1,\"Smith\n", "confidant: line 2: a quoted field is never closed"),
    ])
    func aBadBatchNamesTheLineAndColumnAndWritesNothing(_ csv: String, _ message: String) throws {
        let seeded = try Self.seeded.get()
        let input = seeded.path("bad-\(UUID()).csv")
        let output = seeded.path("out-\(UUID()).csv")
        try csv.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CommandLine.run(["trace", "--batch", input, "--out", output] + seeded.store)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test(arguments: [
        (["--family", "Smith", "--birth-date", "1990-13-45"], "confidant: --birth-date:"),
        (["--family", "Smith", "--birth-date", "1980-01-01", "--gender", "tall"], "confidant: --gender:"),
        (
            ["--family", "Smith", "--birth-date", "1980-01-01", "--postcode", "NOT A POSTCODE"],
            "confidant: --postcode:"
        ),
    ])
    func aBadQueryNamesTheOption(_ arguments: [String], _ message: String) throws {
        let seeded = try Self.seeded.get()
        let result = try CommandLine.run(["trace"] + arguments + seeded.store)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test func aQueryWithTooLittleIsInsufficient() throws {
        let seeded = try Self.seeded.get()
        let result = try CommandLine.run(["trace", "--family", "Smith", "--json"] + seeded.store)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""outcome":"insufficient""#))
    }

    @Test func withoutAModelTheErrorSaysHowToTrainOne() throws {
        let seeded = try Self.seeded.get()
        let result = try CommandLine.run([
            "trace", "--family", "Smith", "--birth-date", "1980-01-01", "--db", seeded.path("registry.sqlite"),
            "--model", seeded.path("missing.json"),
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("confidant trace train"))
    }

    @Test func evaluateReportsAccuracyAsJSON() throws {
        let seeded = try Self.seeded.get()
        let result = try CommandLine.run(
            ["trace", "evaluate", "--seed", "3", "--queries", "300", "--json"] + seeded.store)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["queries"] as? Int == 300)
        #expect((json["topOneAccuracy"] as? Double ?? 0) > 0.9)
        #expect((json["falseMatchRate"] as? Double ?? 1) < 0.02)
    }

    /// The bench times the batch as `trace --batch` runs it (results written as CSV), and
    /// leaves no scratch output behind.
    @Test func benchReportsLatencyAndThroughputAsJSON() throws {
        let seeded = try Self.seeded.get()
        let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("confidant-trace-bench-") }
        let result = try CommandLine.run(
            ["trace", "bench", "--seed", "3", "--single", "50", "--batch", "300", "--json"] + seeded.store)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["batchQueries"] as? Int == 300)
        #expect(json["singleQueries"] as? Int == 50)
        #expect((json["batchQueriesPerSecond"] as? Double ?? 0) > 0)
        #expect((json["p99Milliseconds"] as? Double ?? 0) >= (json["p50Milliseconds"] as? Double ?? 1))
        let after = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("confidant-trace-bench-") }
        #expect(after.count == before.count)
    }
}
