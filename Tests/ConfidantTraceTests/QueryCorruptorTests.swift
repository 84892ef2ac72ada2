import ConfidantCore
import ConfidantSynthetic
import Testing

@testable import ConfidantTrace

@Suite struct QueryCorruptorTests {
    let corruptor = QueryCorruptor(seed: 99, rates: .evaluation, referenceDate: Fixture.referenceDate)

    @Test func queriesAreAPureFunctionOfSeedAndIndex() {
        let patient = Fixture.patients[17]
        #expect(corruptor.query(for: patient, index: 5) == corruptor.query(for: patient, index: 5))
        let other = QueryCorruptor(seed: 100, rates: .evaluation, referenceDate: Fixture.referenceDate)
        let differing = (0..<50).filter {
            corruptor.query(for: Fixture.patients[$0], index: $0) != other.query(for: Fixture.patients[$0], index: $0)
        }
        #expect(differing.count > 10)
    }

    @Test func everyKindOfErrorHappens() {
        var seen = Set<QueryCorruption>()
        for index in 0..<3_000 {
            seen.formUnion(corruptor.query(for: Fixture.patients[index], index: index).corruptions)
        }
        #expect(seen == Set(QueryCorruption.allCases))
    }

    @Test func theLabelIsTheTruthOrNilOutsideTheRegistry() {
        let patient = Fixture.patients[3]
        #expect(corruptor.query(for: patient, index: 1).truth == patient.nhsNumber)
        #expect(corruptor.query(for: patient, index: 1, inRegistry: false).truth == nil)
        let outsider = Fixture.registry.patient(at: 9_000_000)
        #expect(!Fixture.patients.contains { $0.nhsNumber == outsider.nhsNumber })
    }

    @Test func evaluationSetsMixOutsidersInReproducibly() {
        func set() -> [LabelledQuery] {
            corruptor.queries(
                count: 100, registrySize: 3_000, patient: { Fixture.patients[$0] },
                outsider: { Fixture.registry.patient(at: 1_000_000 + $0) })
        }
        let queries = set()
        #expect(queries == set())
        #expect(queries.filter { $0.truth == nil }.count == 10)
        #expect(queries[9].truth == nil && queries[0].truth != nil)
        let registered = Set(Fixture.patients.map(\.nhsNumber))
        #expect(queries.compactMap(\.truth).allSatisfy(registered.contains))
    }

    @Test func writtenQueriesParseAndStayMostlySufficient() {
        let queries = (0..<500).map { corruptor.query(for: Fixture.patients[$0], index: $0) }
        let sufficient = queries.filter { $0.query.sufficiency == .sufficient }
        #expect(Double(sufficient.count) / Double(queries.count) > 0.97)
        #expect(queries.allSatisfy { $0.query.familyName != nil || $0.query.givenNames != nil })
    }

    @Test func aDayMonthSwapIsReallySwapped() {
        for index in 0..<3_000 {
            let patient = Fixture.patients[index]
            let labelled = corruptor.query(for: patient, index: index)
            guard labelled.corruptions.contains(.dayMonthSwapped), let date = labelled.query.birthDate else { continue }
            #expect(date.day == patient.birthDate.month && date.month == patient.birthDate.day)
        }
    }

    @Test func misspellingsChangeTheNameButKeepItsCase() {
        var rng = SeededRandomGenerator(seed: 4)
        for _ in 0..<200 {
            let typo = Misspelling.typo("Robertson", using: &rng)
            #expect(typo != "Robertson")
            #expect(EditDistance.damerauLevenshtein(typo.uppercased(), "ROBERTSON") == 1)
        }
        #expect(
            Misspelling.nickname("William", using: &rng).map { Nicknames.areEquivalent($0.uppercased(), "WILLIAM") }
                == true)
        #expect(Misspelling.phonetic("Smith", using: &rng) != nil)
    }
}
