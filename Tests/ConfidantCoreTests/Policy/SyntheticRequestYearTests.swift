import ConfidantCore
import Foundation
import Testing

/// The generated 2016 year: deterministic, shaped like the published figures, valid.
@Suite struct SyntheticRequestYearTests {
    let year = SyntheticRequestYear(seed: 2016)

    var homeOffice: [PolicyInput] { year.cases.filter { $0.agency.kind == .immigrationEnforcement } }

    @Test func theSameSeedGivesTheSameYearAndAnotherSeedAnother() {
        let again = SyntheticRequestYear(seed: 2016)
        #expect(again.requests == year.requests)
        #expect(again.cases.map(\.trace) == year.cases.map(\.trace))
        #expect(SyntheticRequestYear(seed: 2017).requests != year.requests)
        var generator = SeededRandomGenerator(seed: 2016)
        #expect(SyntheticRequestYear(using: &generator).requests == year.requests)
    }

    @Test func homeOfficeVolumesMatchJanuaryToNovember2016() {
        #expect(homeOffice.count == 8127)
        #expect(homeOffice.count { $0.trace.outcome == .uniqueMatch } == 5854)
        #expect(homeOffice.count { $0.trace.outcome == .noMatch } == 1583)
        #expect(year.cases.count == SyntheticRequestYear.Volumes.january2016ToNovember2016.total)
    }

    @Test func homeOfficeRequestsAreMostlyImmigrationOffencesWithNoSentence() {
        let immigration = homeOffice.count {
            $0.request.offence?.category == .immigration && $0.request.offence?.maxSentenceMonths == nil
        }
        let serious = homeOffice.count { ($0.request.offence?.maxSentenceMonths ?? 0) >= 12 }
        #expect(immigration > homeOffice.count * 9 / 10)
        #expect(serious > 50 && serious < homeOffice.count / 20)
        #expect(homeOffice.allSatisfy { $0.request.legalBasis == .immigrationControl })
    }

    @Test func everyRequestFallsInJanuaryToNovember2016InArrivalOrder() {
        let first = PolicyInputs.date("2016-01-01")
        let last = PolicyInputs.date("2016-11-30")
        #expect(year.requests.allSatisfy { $0.receivedOn >= first && $0.receivedOn <= last })
        #expect(zip(year.requests, year.requests.dropFirst()).allSatisfy { $0.receivedOn <= $1.receivedOn })
        #expect(year.requests.first?.id.value == "req-2016-000001")
        #expect(Set(year.requests.map(\.id)).count == year.requests.count)
    }

    @Test func everyRequestIsValidAndMatchesItsAgencyAndAgreement() throws {
        for input in year.cases {
            #expect(input.request.validationProblems().isEmpty, "\(input.request.id)")
            #expect(input.request.problems(against: input.agreement, of: input.agency, on: input.decidedOn).isEmpty)
        }
        #expect(Set(year.agencies.map(\.kind)) == Set(AgencyKind.allCases).subtracting([.other]))
        #expect(year.agreements.allSatisfy { $0.validationProblems().isEmpty })
    }

    @Test func requestsSurviveAJSONRoundTrip() throws {
        for request in year.requests.prefix(200) {
            let json = try #require(JSONValue.parse(try JSONEncoder().encode(request)))
            #expect(DisclosureRequest.validate(json).value == request)
        }
    }

    @Test func theSeededGeneratorIsSplitMix64() {
        var generator = SeededRandomGenerator(seed: 0)
        // First outputs of SplitMix64 seeded with 0 (Vigna's reference implementation).
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
