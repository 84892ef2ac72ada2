import Foundation
import Testing

/// `confidant policy` end to end: test, explain, simulate, generate and bench on the
/// shipped policies, and the one-line errors a person gets.
@Suite(.enabled(if: CommandLine.binaryExists, "build the confidant executable first (swift build)"))
struct PolicyCommandLineTests {
    typealias Fixture = PolicyCommandLineFixture

    @Test func policyTestPassesOnTheShippedPolicies() throws {
        let result = try CommandLine.run(["policy", "test", "--policies", Fixture.policies])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("FAIL"))
        #expect(result.stdout.contains("2018-05-09-serious-crime-criteria.policy: nhs-disclosure v2"))
        let last = try #require(result.stdout.split(separator: "\n").last)
        #expect(last.hasPrefix("3 policy files: ") && last.hasSuffix(" passed, 0 failed"), "\(last)")

        let json = try Fixture.object(
            try CommandLine.run(["policy", "test", "--policies", Fixture.policies, "--json"]).stdout)
        #expect(json["failed"] as? Int == 0)
        #expect((json["passed"] as? Int ?? 0) > 30)
        #expect((json["reports"] as? [Any])?.count == 3)
    }

    @Test func policyTestFailsAndNamesAFailingTest() throws {
        try Fixture.withDirectory { directory in
            let name = "2017-01-01-memorandum-of-understanding.policy"
            let text = try String(contentsOfFile: "\(Fixture.policies)/\(name)", encoding: .utf8)
            try (text + Fixture.failingTest).write(
                to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let result = try CommandLine.run(["policy", "test", "--policies", directory.path])
            #expect(result.status == 1)
            #expect(result.stdout.contains("FAIL deliberately wrong: the MoU refuses an overstayer"))
            #expect(result.stdout.contains("expected refused, but the decision was queued-for-review"))
            #expect(result.stdout.hasSuffix(" passed, 1 failed\n"))
            #expect(result.stderr.hasPrefix("confidant: 1 policy test failed, first 'deliberately wrong"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func explainDecidesUnderTheVersionInForceOnTheDay() throws {
        try Fixture.withDirectory { directory in
            let file = directory.appendingPathComponent("overstayer.json").path
            try Fixture.overstayer.write(toFile: file, atomically: true, encoding: .utf8)
            func explain(_ day: String) throws -> [String: Any] {
                let result = try CommandLine.run([
                    "policy", "explain", "--at", day, file, "--policies", Fixture.policies, "--json",
                ])
                #expect(result.status == 0, "\(result.stderr)")
                return try Fixture.object(result.stdout)
            }
            // Under the MoU (version 1), Home Office tracing was routine.
            let mou = try #require(try explain("2017-06-01")["decision"] as? [String: Any])
            #expect(mou["outcome"] as? String == "queued-for-review")
            #expect((mou["policy"] as? [String: Any])?["version"] as? Int == 1)
            #expect(mou["why_not"] == nil)
            // Under the May 2018 criteria (version 2), an overstayer is refused.
            let explained = try explain("2018-06-01")
            #expect(explained["decided_on"] as? String == "2018-06-01")
            let criteria = try #require(explained["decision"] as? [String: Any])
            #expect(criteria["outcome"] as? String == "refused")
            let policy = try #require(criteria["policy"] as? [String: Any])
            #expect(policy["version"] as? Int == 2)
            #expect((policy["content_hash"] as? String)?.count == 64)
            let fired = (criteria["fired_rules"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(fired == ["home-office-serious-grounds-only"])
            let whyNot = try #require(criteria["why_not"] as? [String: Any])
            #expect(whyNot["rule"] as? String == "home-office-public-security")
            let failed = (whyNot["failed_conditions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(failed == ["offence.category == public-security"])

            let text = try CommandLine.run([
                "policy", "explain", "--at", "2018-06-01", file, "--policies", Fixture.policies,
            ]).stdout
            #expect(
                text.hasPrefix("req-2016-004711 decided on 2018-06-01: refused by home-office-serious-grounds-only"))
            #expect(text.contains("why not: 'home-office-public-security'"))
            #expect(text.contains("offence.category == public-security (offence.category is immigration)"))
        }
    }

    @Test func explainWithNoPolicyInForceIsAOneLineError() throws {
        try Fixture.withDirectory { directory in
            let file = directory.appendingPathComponent("overstayer.json").path
            try Fixture.overstayer.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try CommandLine.run([
                "policy", "explain", "--at", "2016-06-20", file, "--policies", Fixture.policies,
            ])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("confidant: no policy was in force on 2016-06-20"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func simulateShowsMostHomeOfficeRequestsRefusedUnderVersion2() throws {
        try Fixture.withDirectory { directory in
            let cases = try Fixture.generated.get()
            let file = directory.appendingPathComponent("cases.jsonl").path
            try cases.write(toFile: file, atomically: true, encoding: .utf8)
            let homeOffice = cases.split(separator: "\n").filter { $0.contains("\"kind\":\"immigration-enforcement\"") }
            #expect(homeOffice.count == 8_127)

            let result = try CommandLine.run([
                "policy", "simulate", "--from", "1", "--to", "v2", file, "--policies", Fixture.policies, "--json",
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try Fixture.object(result.stdout)
            #expect(report["total"] as? Int == cases.split(separator: "\n").count)
            let rules = report["rules"] as? [[String: Any]] ?? []
            let refusing = try #require(rules.first { $0["rule"] as? String == "home-office-serious-grounds-only" })
            #expect(refusing["before"] as? Int == 0)
            #expect((refusing["after"] as? Int ?? 0) > homeOffice.count * 9 / 10)
            // The largest change: routine MoU tracing becomes a refusal, with Home Office examples.
            let largest = try #require((report["changes"] as? [[String: Any]])?.first)
            #expect(largest["from"] as? String == "queued-for-review")
            #expect(largest["fromRule"] as? String == "mou-immigration-tracing")
            #expect(largest["to"] as? String == "refused")
            #expect(largest["toRule"] as? String == "home-office-serious-grounds-only")
            let examples = largest["examples"] as? [String] ?? []
            #expect(examples.count == 5)
            #expect(examples.allSatisfy { id in homeOffice.contains { $0.contains("\"id\":\"\(id)\"") } })

            let text = try CommandLine.run([
                "policy", "simulate", "--from", "v1", "--to", "2", file, "--policies", Fixture.policies,
            ]).stdout
            #expect(text.contains("→ refused (home-office-serious-grounds-only)"))
        }
    }

    @Test func aMalformedLineNamesItsLineAndFieldAndPrintsNoReport() throws {
        try Fixture.withDirectory { directory in
            var lines = try Fixture.generated.get().split(separator: "\n").prefix(3).map(String.init)
            var spoiled = try Fixture.object(lines[2])
            spoiled["trace"] = ["outcome": "unique-match", "score": "high"]
            lines[2] = String(decoding: try JSONSerialization.data(withJSONObject: spoiled), as: UTF8.self)
            let file = directory.appendingPathComponent("cases.jsonl").path
            try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let result = try CommandLine.run([
                "policy", "simulate", "--from", "1", "--to", "2", file, "--policies", Fixture.policies,
            ])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr == "confidant: \(file) line 3: trace.score: expected a number from 0 to 1, found text\n")
        }
    }

    @Test func generateIsDeterministicAndWritesNoFileOnFailure() throws {
        try Fixture.withDirectory { directory in
            let out = directory.appendingPathComponent("year.jsonl").path
            let written = try CommandLine.run(["policy", "generate", "--seed", "1", "--out", out])
            #expect(written.status == 0, "\(written.stderr)")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == Fixture.generated.get())

            let missing = directory.appendingPathComponent("no-such-directory/year.jsonl").path
            let failed = try CommandLine.run(["policy", "generate", "--out", missing])
            #expect(failed.status == 1)
            #expect(failed.stderr.hasPrefix("confidant: cannot write \(missing)"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["year.jsonl"])
        }
    }

    /// Messages may differ in wording; each must be one line on standard error naming the problem.
    @Test func aBrokenPolicyDirectoryIsAOneLineError() throws {
        try Fixture.withDirectory { directory in
            func expectOneLineError(_ result: CommandLine.Result, naming text: String) {
                #expect(result.status == 1)
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.hasPrefix("confidant: ") && result.stderr.contains(text), "\(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1)
            }
            let absent = directory.appendingPathComponent("absent").path
            expectOneLineError(try CommandLine.run(["policy", "test", "--policies", absent]), naming: absent)
            expectOneLineError(
                try CommandLine.run(["policy", "test", "--policies", directory.path]), naming: "no .policy files")
            let broken = """
                policy "x" version 1 effective 2020-01-01
                allow "a" fields [identity] when agency.knd == police because "r"

                """
            try broken.write(to: directory.appendingPathComponent("broken.policy"), atomically: true, encoding: .utf8)
            let result = try CommandLine.run(["policy", "test", "--policies", directory.path])
            expectOneLineError(result, naming: "/broken.policy:2:")
            #expect(result.stderr.contains("agency.knd"))
        }
    }

    @Test func benchJSONReportsTheMeasurements() throws {
        let result = try CommandLine.run(["policy", "bench", "--rounds", "1", "--policies", Fixture.policies, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try Fixture.object(result.stdout)
        #expect(json["cases"] as? Int == 11_667)
        #expect(json["decisions"] as? Int == 11_667 * 3)
        #expect(json["replayCases"] as? Int == 100_000)
        for key in ["decisionMedianNanoseconds", "decisionP99Nanoseconds", "replay100kSeconds"] {
            #expect((json[key] as? Double ?? 0) > 0, "\(key)")
        }
        let median = try #require(json["decisionMedianNanoseconds"] as? Double)
        #expect(try #require(json["decisionP99Nanoseconds"] as? Double) >= median)
    }
}
