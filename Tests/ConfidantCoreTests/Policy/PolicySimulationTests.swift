import ConfidantCore
import Foundation
import Testing

/// Replaying requests under two versions: counts by outcome and rule, and each change.
@Suite struct PolicySimulationTests {
    @Test func countsOutcomesRulesAndChangesWithExamples() throws {
        let before = try PolicyFixtures.policy("allow \"all\" fields [identity] because \"a\"")
        let after = try PolicyFixtures.policy(
            "allow \"all\" fields [identity] because \"a\"\nrefuse \"no-minor\" when offence.max_sentence_months < 12 because \"m\""
        )
        let inputs = (1...10).map { number in
            PolicyInputs().with {
                $0.id = "req-\(number)"
                $0.offence = Offence(category: .theft, maxSentenceMonths: number <= 3 ? 6 : 24)
                if number == 10 { $0.trace = .noMatch }
            }.input
        }
        let report = PolicySimulation.compare(inputs, before: before, after: after, examples: 2)
        #expect(report.total == 10)
        #expect(report.unchanged == 7)
        #expect(report.count(.queuedForReview, after: false) == 9)
        #expect(report.count(.notTraced, after: false) == 1)
        #expect(report.count(.queuedForReview, after: true) == 6)
        #expect(report.count(.refused, after: true) == 3)
        #expect(report.count(rule: "no-minor", after: true) == 3)
        #expect(report.count(rule: "no-minor", after: false) == 0)
        #expect(report.count(rule: "all", after: false) == 10)
        #expect(report.count(rule: "all", after: true) == 7)
        #expect(report.changes.count == 1)
        let change = try #require(report.changes.first)
        #expect(change.from == .queuedForReview)
        #expect(change.fromRule == "all")
        #expect(change.to == .refused)
        #expect(change.toRule == "no-minor")
        #expect(change.count == 3)
        #expect(change.examples.map(\.value) == ["req-1", "req-2"])
        #expect(change.description == "queued-for-review (all) [identity] → refused (no-minor)")
    }

    @Test func aChangeOfFieldsAloneIsAChange() throws {
        let before = try PolicyFixtures.policy("allow \"all\" fields [identity, location] because \"a\"")
        let after = try PolicyFixtures.policy(
            "allow \"all\" fields [identity, location] because \"a\"\ncoarsen \"d\" location to district because \"d\"")
        let report = PolicySimulation.compare([PolicyInputs().input], before: before, after: after)
        #expect(report.unchanged == 0)
        #expect(report.changes.first?.toFields.coarsening(of: .location) == .district)
    }

    @Test func replayingTheGenerated2016YearUnderTheMay2018CriteriaRefusesMostHomeOfficeRequests() throws {
        let history = try PolicyFixtures.shippedHistory()
        let (mou, criteria) = (try #require(history.version(1)), try #require(history.version(2)))
        let year = SyntheticRequestYear(seed: 2016)
        let homeOffice = year.cases.filter { $0.agency.kind == .immigrationEnforcement }
        #expect(homeOffice.count == 8127)

        let report = PolicySimulation.compare(homeOffice, before: mou, after: criteria)
        let refused = report.count(.refused, after: true)
        #expect(refused > homeOffice.count * 9 / 10, "\(refused) of \(homeOffice.count) refused")
        #expect(report.count(.refused, after: false) < homeOffice.count / 10)
        #expect(report.count(rule: "home-office-serious-grounds-only", after: true) == refused)
        #expect(report.count(rule: "mou-immigration-tracing", after: false) > 7000)
        // The largest change: routine MoU tracing becomes a refusal under the criteria.
        let largest = try #require(report.changes.first)
        #expect(largest.from == .queuedForReview)
        #expect(largest.fromRule == "mou-immigration-tracing")
        #expect(largest.to == .refused)
        #expect(largest.toRule == "home-office-serious-grounds-only")
        #expect(largest.examples.count == 5)
        // The few serious cases made under the MoU are queued while it is redrafted.
        #expect(report.count(rule: "home-office-mou-redraft", after: true) > 0)
        // Police and the other routes do not change between the two versions.
        let others = year.cases.filter { $0.agency.kind != .immigrationEnforcement }
        #expect(PolicySimulation.compare(others, before: mou, after: criteria).unchanged == others.count)
    }

    /// Counts only: the speed is measured by `confidant policy simulate --json`, not by a timed test.
    @Test func replays100000RequestsUnderTwoVersions() throws {
        let history = try PolicyFixtures.shippedHistory()
        let cases = SyntheticRequestYear(seed: 7).cases
        let inputs = (0..<100_000).map { cases[$0 % cases.count] }
        let report = PolicySimulation.compare(
            inputs, before: try #require(history.version(1)), after: try #require(history.version(3)))
        #expect(report.total == 100_000)
        #expect(report.outcomes.map(\.before).reduce(0, +) == 100_000)
        #expect(report.outcomes.map(\.after).reduce(0, +) == 100_000)
    }
}
