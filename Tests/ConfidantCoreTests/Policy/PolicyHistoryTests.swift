import ConfidantCore
import Testing

/// Which version is in force on a day, at the boundaries, and what makes files conflict.
@Suite struct PolicyHistoryTests {
    @Test(
        arguments: [
            ("2016-12-31", nil), ("2017-01-01", 1), ("2018-05-08", 1), ("2018-05-09", 2), ("2018-11-08", 2),
            ("2018-11-09", 3), ("2030-01-01", 3),
        ] as [(String, Int?)])
    func picksTheVersionInForceOnADay(_ day: String, _ version: Int?) throws {
        let history = try PolicyFixtures.shippedHistory()
        #expect(history.inForce(on: PolicyInputs.date(day))?.version == version)
    }

    @Test func decidesUnderTheVersionInForceOnTheDecisionDay() throws {
        let history = try PolicyFixtures.shippedHistory()
        let overstayer = PolicyInputs().with {
            $0.kind = .immigrationEnforcement
            $0.purpose = .immigrationEnforcement
            $0.legalBasis = .immigrationControl
            $0.offence = Offence(category: .immigration)
        }
        let before = history.decide(overstayer.with { $0.decided = PolicyInputs.date("2018-05-08") }.input)
        #expect(before?.outcome == .queuedForReview)
        #expect(before?.policy.version == 1)
        let after = history.decide(overstayer.with { $0.decided = PolicyInputs.date("2018-05-09") }.input)
        #expect(after?.outcome == .refused)
        #expect(after?.policy.version == 2)
        #expect(history.decide(overstayer.with { $0.decided = PolicyInputs.date("2016-06-01") }.input) == nil)
    }

    @Test func recordsEachFilesOwnHash() throws {
        let sources = try PolicyFixtures.shippedSources()
        let history = try PolicyHistory.load(sources)
        #expect(history.versions.map(\.reference.contentHash) == sources.map(\.contentHash))
        #expect(Set(sources.map(\.contentHash)).count == 3)
        #expect(history.latest?.version == 3)
        #expect(history.version(2)?.title?.hasPrefix("Home Office requests narrowed") == true)
    }

    func source(_ id: String, _ version: Int, _ day: String, file: String) -> PolicySource {
        let text = "policy \"\(id)\" version \(version) effective \(day)\n"
        return PolicySource(file: file, text: text, contentHash: PolicyFixtures.sha256(Array(text.utf8)))
    }

    @Test func theSameVersionTwiceConflicts() {
        #expect(throws: PolicyLoadError.self) {
            try PolicyHistory.load([
                self.source("p", 1, "2020-01-01", file: "a"), self.source("p", 1, "2020-02-01", file: "b"),
            ])
        }
    }

    @Test func versionsMustTakeEffectInOrder() {
        do {
            _ = try PolicyHistory.load([
                source("p", 1, "2020-02-01", file: "a"), source("p", 2, "2020-01-01", file: "b"),
            ])
            Issue.record("loaded")
        } catch {
            #expect(error.code == .conflictingVersions)
            #expect(error.file == "b")
            #expect(error.message == "version 2 takes effect on 2020-01-01, not after version 1 (2020-02-01, a)")
        }
    }

    @Test func aHistoryHoldsOnePolicy() {
        do {
            _ = try PolicyHistory.load([
                source("p", 1, "2020-01-01", file: "a"), source("q", 2, "2020-02-01", file: "b"),
            ])
            Issue.record("loaded")
        } catch {
            #expect(error.code == .conflictingVersions)
            #expect(error.message.contains("a history holds one policy"))
        }
    }

    @Test func aBadFileStopsTheWholeHistoryAndNamesItself() {
        let bad = PolicySource(
            file: "policies/bad.policy",
            text: "policy \"p\" version 2 effective 2020-01-01\nrefuse \"r\" when x.y because \"z\"",
            contentHash: String(repeating: "a", count: 64))
        do {
            _ = try PolicyHistory.load([source("p", 1, "2019-01-01", file: "a"), bad])
            Issue.record("loaded")
        } catch {
            #expect(error.description.hasPrefix("policies/bad.policy:2:17: unknown attribute 'x.y'"))
        }
    }
}
