import ConfidantCore
import Testing

/// What `confidant policy test` reports: pass or fail, with the test's location and why.
@Suite struct PolicyTestRunnerTests {
    let source = """
        policy "runner" version 1 effective 2020-01-01
        allow "tracing" fields [identity, location] when agency.kind == police because "t"
        coarsen "district" location to district when request.purpose == prevention-of-crime because "d"
        test "police are traced" {
          agency.kind = police
          expect queued-for-review
          expect fields [identity, location]
        }
        test "a wrong expectation" {
          agency.kind = court; expect queued-for-review by "tracing"
          expect fields [identity]
          expect not fired "built-in:default-deny"
        }
        test "coarsened" { agency.kind = police; request.purpose = prevention-of-crime
          expect fields [identity, location to district] }
        """

    @Test func reportsEachTestWithItsLocationAndEveryFailedExpectation() throws {
        let policy = try Policy(source: source, file: "runner.policy", contentHash: String(repeating: "0", count: 64))
        let report = PolicyTestRunner.run(policy)
        #expect(report.results.map(\.name) == ["police are traced", "a wrong expectation", "coarsened"])
        #expect(report.results.map(\.passed) == [true, false, true])
        #expect(report.passed == 2)
        #expect(report.failed == 1)
        #expect(report.summary == "2 passed, 1 failed")
        let failed = report.results[1]
        #expect(failed.file == "runner.policy")
        #expect(failed.line == 9)
        #expect(failed.column == 6)
        #expect(
            failed.failures == [
                "line 10: expected queued-for-review by \"tracing\", but the decision was refused (rules fired: built-in:default-deny)",
                "line 11: expected fields [identity], but the decision releases [] (refused; rules fired: built-in:default-deny)",
                "line 12: expected \"built-in:default-deny\" not to fire, but rules fired: built-in:default-deny",
            ])
        #expect(report.text.contains("  FAIL a wrong expectation (runner.policy:9:6)"))
        #expect(report.text.hasSuffix("2 passed, 1 failed"))
    }

    @Test func testsStartFromAnOrdinaryRequestOnTheEffectiveDate() throws {
        let policy = try PolicyFixtures.policy(
            """
            refuse "early" when request.received_on < 2020-01-01 because "e"
            allow "all" fields [identity, demographics, location, registration] when request.other_means_tried
              and request.countersigned and trace.outcome == unique-match and agreement.status == active because "a"
            test "defaults" { expect queued-for-review
              expect fields [identity, demographics, location, registration] }
            test "a day earlier" { request.received_on = 2019-12-31; expect refused by "early" }
            """)
        let report = PolicyTestRunner.run(policy)
        #expect(report.failed == 0, "\(report.text)")
        #expect(report.passed == 2)
    }
}
