import ConfidantCore
import Foundation
import Testing

@testable import ConfidantTrace

/// One test per trace rule (DESIGN "Trace", DOMAIN rules 5 and 6).
@Suite struct TracerTests {
    static let john = Fixture.patient(
        101, given: ["John", "Edward"], family: "Smith", born: "1980-03-07", previousFamily: nil, oldPostcode: "M1 1AA")
    static let mary = Fixture.patient(
        102, given: ["Mary"], family: "Jones", born: "1970-01-01", gender: .female, previousFamily: "Brown")
    static let marie = Fixture.patient(103, given: ["Marie"], family: "Jones", born: "1970-01-01", gender: .female)
    static let alexA = Fixture.patient(104, given: ["Alex"], family: "Morgan", born: "1990-01-01", postcode: "LS6 1AA")
    static let alexB = Fixture.patient(105, given: ["Alex"], family: "Morgan", born: "1990-01-01", postcode: "B1 1AA")
    static let rose = Fixture.patient(
        106, given: ["Rose"], family: "Hidden", born: "1975-05-05", gender: .female, postcode: "LS6 3XY",
        line: "7 Quiet Close", gp: "B86077", restricted: true)
    static let albert = Fixture.patient(107, given: ["Albert"], family: "Gone", born: "1931-02-02", died: "2024-02-02")
    static let tracer = Fixture.tracer(with: [john, mary, marie, alexA, alexB, rose, albert])

    private func trace(_ query: TraceQuery) async throws -> TraceResult { try await Self.tracer.trace(query) }

    @Test func anExactQueryMatchesInTheExactStage() async throws {
        let result = try await trace(
            TraceQuery(givenNames: "John", familyName: "Smith", birthDate: Self.john.birthDate))
        #expect(result.outcome == .match)
        #expect(result.stage == .exact)
        #expect(result.matchedNHSNumber == Self.john.nhsNumber)
        #expect((result.matched?.probability ?? 0) >= Fixture.model.thresholds.matchProbability)
    }

    @Test func fuzzySearchRunsOnlyWhenTheExactSearchFindsNobody() async throws {
        let exact = try await trace(TraceQuery(givenNames: "Mary", familyName: "Jones", birthDate: Self.mary.birthDate))
        #expect(exact.stage == .exact)
        #expect(exact.candidates.map(\.nhsNumber) == [Self.mary.nhsNumber])  // Marie Jones is not even looked at
        let fuzzy = try await trace(TraceQuery(givenNames: "Jon", familyName: "Smyth", birthDate: Self.john.birthDate))
        #expect(fuzzy.stage == .fuzzy)
        #expect(fuzzy.outcome == .match)
        #expect(fuzzy.matchedNHSNumber == Self.john.nhsNumber)
    }

    @Test func anNHSNumberIsUsedAndCheckedAgainstTheDemographics() async throws {
        let verified = try await trace(
            TraceQuery(nhsNumber: Self.john.nhsNumber, familyName: "Smith", birthDate: Self.john.birthDate))
        #expect(verified.outcome == .match)
        #expect(verified.matchedNHSNumber == Self.john.nhsNumber)
        #expect(verified.matched?.foundBy.contains(.nhsNumber) == true)
        #expect(verified.matched?.level(of: .nhsNumber) == "exact")
        let contradicted = try await trace(
            TraceQuery(nhsNumber: Self.john.nhsNumber, familyName: "Okafor", birthDate: Fixture.date("2001-11-23")))
        #expect(contradicted.outcome != .match)
        let listed = contradicted.candidates.first { $0.nhsNumber == Self.john.nhsNumber }
        #expect(listed?.level(of: .nhsNumber) == "unverified")
    }

    @Test func everyCandidateIsListedWithItsScoreAgreementAndRules() async throws {
        let result = try await trace(
            TraceQuery(givenNames: "Mari", familyName: "Jones", birthDate: Self.mary.birthDate))
        #expect(result.stage == .broad)  // Mary and Marie both come close: the fuzzy stage makes no match
        #expect(result.candidates.count >= 2)
        for candidate in result.candidates {
            #expect(candidate.agreement.map(\.comparison) == Comparison.allCases.map(\.name))
            #expect(!candidate.foundBy.isEmpty)
            #expect(candidate.probability >= 0 && candidate.probability <= 1)
        }
        #expect(zip(result.candidates, result.candidates.dropFirst()).allSatisfy { $0.matchWeight >= $1.matchWeight })
        #expect(result.candidates.reduce(0) { $0 + $1.probability } <= 1.000_001)
    }

    @Test func twoPeopleWhoClearTheThresholdAreAmbiguous() async throws {
        let result = try await trace(
            TraceQuery(givenNames: "Alex", familyName: "Morgan", birthDate: Self.alexA.birthDate))
        #expect(result.outcome == .ambiguous)
        #expect(result.matchedNHSNumber == nil)
        #expect(Set(result.candidates.prefix(2).map(\.nhsNumber)) == [Self.alexA.nhsNumber, Self.alexB.nhsNumber])
        let located = try await trace(
            TraceQuery(
                givenNames: "Alex", familyName: "Morgan", birthDate: Self.alexA.birthDate,
                postcode: try Postcode("LS6 1AA")))
        #expect(located.outcome == .match)
        #expect(located.matchedNHSNumber == Self.alexA.nhsNumber)
    }

    @Test func aMatchNeedsTheRunnerUpFarEnoughBelow() {
        func candidate(_ serial: Int, _ weight: Double, _ probability: Double) -> TraceCandidate {
            TraceCandidate(
                nhsNumber: Fixture.nhsNumber(serial), probability: probability, matchWeight: weight, agreement: [],
                foundBy: [.exact], isDeceased: false, isRestricted: false)
        }
        let tracer = Self.tracer
        #expect(tracer.decide([candidate(1, 30, 0.9999), candidate(2, 5, 0.0001)], stage: .fuzzy).outcome == .match)
        #expect(tracer.decide([candidate(1, 12, 0.99), candidate(2, 5, 0.009)], stage: .fuzzy).outcome == .match)
        #expect(tracer.decide([candidate(1, 12, 0.96), candidate(2, 8, 0.03)], stage: .fuzzy).outcome == .ambiguous)
        #expect(tracer.decide([candidate(1, 30, 0.5), candidate(2, 30, 0.5)], stage: .fuzzy).outcome == .ambiguous)
        #expect(tracer.decide([candidate(1, 2, 0.7)], stage: .fuzzy).outcome == .noMatch)
        #expect(tracer.decide([], stage: .fuzzy).outcome == .noMatch)
    }

    @Test func nobodyMatchingGivesNoMatch() async throws {
        let result = try await trace(
            TraceQuery(givenNames: "Quentin", familyName: "Zylberstein", birthDate: Fixture.date("1944-04-04")))
        #expect(result.outcome == .noMatch)
        #expect(result.stage == .broad)
        #expect(result.matchedNHSNumber == nil)
    }

    @Test func tooLittleToSearchIsInsufficient() async throws {
        let result = try await trace(TraceQuery(givenNames: "John", familyName: "Smith"))
        #expect(result.outcome == .insufficient)
        #expect(result.stage == nil)
        #expect(result.candidates.isEmpty)
        #expect(result.reason?.contains("birth date") == true)
    }

    @Test func queriesWithoutGenderPostcodeOrGivenNameStillTrace() async throws {
        let familyAndDate = try await trace(TraceQuery(familyName: "Smith", birthDate: Self.john.birthDate))
        #expect(familyAndDate.matchedNHSNumber == Self.john.nhsNumber)
        let givenDatePostcode = try await trace(
            TraceQuery(givenNames: "John", birthDate: Self.john.birthDate, postcode: try Postcode("LS6 2AB")))
        #expect(givenDatePostcode.matchedNHSNumber == Self.john.nhsNumber)
    }

    @Test func oldSurnamesSwappedNamesAndNicknamesStillTrace() async throws {
        let previous = try await trace(
            TraceQuery(givenNames: "Mary", familyName: "Brown", birthDate: Self.mary.birthDate))
        #expect(previous.matchedNHSNumber == Self.mary.nhsNumber)
        let swapped = try await trace(
            TraceQuery(givenNames: "Smith", familyName: "John", birthDate: Self.john.birthDate))
        #expect(swapped.matchedNHSNumber == Self.john.nhsNumber)
        let nickname = try await trace(
            TraceQuery(
                givenNames: "Jack", familyName: "Smith", birthDate: Self.john.birthDate,
                postcode: try Postcode("LS6 2AB")))
        #expect(nickname.matchedNHSNumber == Self.john.nhsNumber)
        let oldAddress = try await trace(
            TraceQuery(
                givenNames: "John", familyName: "Smith", birthDate: Self.john.birthDate,
                postcode: try Postcode("M1 1AA")))
        #expect(oldAddress.matchedNHSNumber == Self.john.nhsNumber)
        #expect(oldAddress.stage == .fuzzy)  // the exact search wants the current postcode
    }

    @Test func restrictedPatientsNeverComeBackFromASearchThatNamesALocation() async throws {
        let name = TraceQuery(givenNames: "Rose", familyName: "Hidden", birthDate: Self.rose.birthDate)
        var byPostcode = name
        byPostcode.postcode = try Postcode("LS6 3XY")
        var byAddress = name
        byAddress.addressLine1 = "7 Quiet Close"
        var byGP = name
        byGP.gpPractice = try ODSCode(practice: "B86077")
        var byNHSAndPostcode = byPostcode
        byNHSAndPostcode.nhsNumber = Self.rose.nhsNumber
        for query in [byPostcode, byAddress, byGP, byNHSAndPostcode] {
            let result = try await trace(query)
            #expect(!result.candidates.contains { $0.nhsNumber == Self.rose.nhsNumber })
            #expect(result.outcome != .match)
        }
    }

    @Test func restrictedPatientsTraceByNameAndDateAloneFlagged() async throws {
        let result = try await trace(
            TraceQuery(givenNames: "Rose", familyName: "Hidden", birthDate: Self.rose.birthDate))
        #expect(result.matchedNHSNumber == Self.rose.nhsNumber)
        #expect(result.matched?.isRestricted == true)
    }

    @Test func deceasedPatientsStillTraceButAreFlagged() async throws {
        let result = try await trace(
            TraceQuery(givenNames: "Albert", familyName: "Gone", birthDate: Self.albert.birthDate))
        #expect(result.matchedNHSNumber == Self.albert.nhsNumber)
        #expect(result.matched?.isDeceased == true)
    }

    @Test func resultsEncodeAsJSON() async throws {
        let result = try await trace(
            TraceQuery(givenNames: "John", familyName: "Smith", birthDate: Self.john.birthDate))
        let data = try JSONEncoder().encode(result)
        let decoded = try JSONDecoder().decode(TraceResult.self, from: data)
        #expect(decoded == result)
    }
}
