import ConfidantCore
import Foundation
import Synchronization
import Testing

@testable import ConfidantTrace

/// The three searches run in order, each only when the one before it decides nothing: the
/// broad stage's wide blocks are read only when the fuzzy stage makes no match.
@Suite struct TraceStageTests {
    /// An in-memory index that records every key it is asked for.
    final class RecordingSource: TraceCandidateSource {
        let index: InMemoryTraceIndex
        private let asked = Mutex<[Int64]>([])

        init(_ patients: [Patient]) {
            index = InMemoryTraceIndex(profiles: Fixture.profiles + patients.map(TraceProfile.init(patient:)))
        }

        var keys: Set<Int64> { asked.withLock { Set($0) } }

        func profiles(forBlockingKeys keys: [Int64], limitPerKey: Int) async throws -> [Int64: [TraceProfile]] {
            asked.withLock { $0 += keys }
            return index.lookup(keys, limitPerKey: limitPerKey)
        }
    }

    let john = TracerTests.john

    /// Traces `query` alone and returns the result with the rules whose keys were looked up.
    private func trace(
        _ query: TraceQuery, among patients: [Patient], model: MatchModel = Fixture.model
    ) async throws -> (TraceResult, rules: Set<BlockingRule>) {
        let source = RecordingSource(patients)
        let result = try await Tracer(model: model, source: source).trace(query)
        let asked = source.keys
        let rules = BlockingKeys.keys(for: query).filter { asked.contains($0.key) }.map(\.rule)
        return (result, Set(rules))
    }

    @Test func aFuzzyMatchEndsTheSearchBeforeTheWideBlocks() async throws {
        let (result, rules) = try await trace(
            TraceQuery(givenNames: "Jon", familyName: "Smyth", birthDate: john.birthDate), among: [john])
        #expect(result.stage == .fuzzy)
        #expect(result.outcome == .match)
        #expect(result.matchedNHSNumber == john.nhsNumber)
        #expect(rules.contains(.familyPhoneticBirthDate))
        #expect(!rules.contains { $0.isBroad })
        #expect(result.candidates.allSatisfy { candidate in !candidate.foundBy.contains { $0.isBroad } })
    }

    @Test func aFuzzyBlockCutAtTheLimitWidensTheSearch() async throws {
        // With one profile a key, every block that finds John is full: whoever was cut off
        // could be a near runner-up, so the fuzzy match does not end the search.
        var model = Fixture.model
        model.thresholds.limitPerKey = 1
        let (result, rules) = try await trace(
            TraceQuery(givenNames: "Jon", familyName: "Smyth", birthDate: john.birthDate), among: [john], model: model)
        #expect(result.stage == .broad)
        #expect(rules.contains { $0.isBroad })
    }

    @Test func aBirthYearTheFuzzyKeysMissIsFoundByTheBroadStage() async throws {
        // Two years out: neither the date nor its year-either-side variants find John; the
        // family name's Soundex with the day and month does.
        let query = TraceQuery(givenNames: "John", familyName: "Smith", birthDate: Fixture.date("1978-03-07"))
        let (result, rules) = try await trace(query, among: [john])
        #expect(result.stage == .broad)
        #expect(rules.contains(.familyPhoneticDayMonth))
        let found = result.candidates.first { $0.nhsNumber == john.nhsNumber }
        #expect(found?.foundBy.contains(.familyPhoneticDayMonth) == true)
        #expect(found?.foundBy.contains(.familyPhoneticBirthDate) == false)
    }

    @Test func anAmbiguousFuzzySearchWidensAndWeighsEveryCandidate() async throws {
        // Mary and Marie Jones share a birth date: "Mari" is close to both.
        let (result, rules) = try await trace(
            TraceQuery(givenNames: "Mari", familyName: "Jones", birthDate: TracerTests.mary.birthDate),
            among: [TracerTests.mary, TracerTests.marie])
        #expect(result.stage == .broad)
        #expect(result.outcome == .ambiguous)
        #expect(rules.contains(.familyPhoneticDayMonth) && rules.contains(.initialsYearMonth))
        let numbers = Set(result.candidates.map(\.nhsNumber))
        #expect(numbers.isSuperset(of: [TracerTests.mary.nhsNumber, TracerTests.marie.nhsNumber]))
    }

    @Test func nobodyFoundOnTheDateWidensToo() async throws {
        let (result, rules) = try await trace(
            TraceQuery(givenNames: "Quentin", familyName: "Zylberstein", birthDate: Fixture.date("1944-04-04")),
            among: [])
        #expect(result.stage == .broad)
        #expect(result.outcome == .noMatch)
        #expect(rules.contains(.familyPhoneticInitialYear))
    }

    @Test func theExactStageLooksUpNothingWider() async throws {
        let (result, rules) = try await trace(
            TraceQuery(givenNames: "John", familyName: "Smith", birthDate: john.birthDate), among: [john])
        #expect(result.stage == .exact)
        #expect(rules == [.exact])
    }

    @Test func theRulesSplitIntoThreeStages() {
        let broad = BlockingRule.allCases.filter(\.isBroad)
        #expect(
            broad == [.familyPhoneticInitialYear, .familyPhoneticDayMonth, .initialsYearMonth, .familyPhoneticDistrict])
        #expect(!BlockingRule.allCases.contains { $0.isExact && $0.isBroad })
    }
}
