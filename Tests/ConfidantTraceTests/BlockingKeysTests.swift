import ConfidantCore
import ConfidantSynthetic
import PropertyBased
import Testing

@testable import ConfidantTrace

@Suite struct BlockingKeysTests {
    /// The query an officer who had the patient's record in front of them would write.
    private func exactQuery(_ patient: Patient) -> TraceQuery {
        let name = patient.usualName
        return TraceQuery(
            nhsNumber: patient.nhsNumber, givenNames: name?.given.joined(separator: " "), familyName: name?.family,
            birthDate: patient.birthDate, gender: patient.gender, postcode: patient.currentAddress?.postcode,
            addressLine1: patient.currentAddress?.lines.first, gpPractice: patient.gp?.practice)
    }

    @Test func keysAreStableFNV1aHashes() {
        // FNV-1a 64 of "nhs|9434765919", fixed forever: stores keep these keys.
        var hash = StableHash()
        hash.add("nhs|9434765919")
        #expect(hash.key == StableHash.key(.nhsNumber, ["9434765919"]))
        var empty = StableHash()
        empty.add("")
        #expect(empty.value == 0xCBF2_9CE4_8422_2325)
        var a = StableHash()
        a.add("a")
        #expect(a.value == 0xAF63_DC4C_8601_EC8C)
    }

    @Test func aPatientsKeysIncludeEveryKeyAnExactQueryForThemMakes() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0..<5_000_000)) { index in
            let patient = Fixture.registry.patient(at: index)
            let filed = Set(BlockingKeys.keys(for: TraceProfile(patient: patient)))
            let query = BlockingKeys.keys(for: QueryFeatures(exactQuery(patient)))
            for key in query where !key.isVariant {
                #expect(filed.contains(key.key), "rule \(key.rule.rawValue)")
            }
        }
    }

    @Test func profileKeysAreDeduplicatedAndCoverEveryNameInTheHistory() {
        let patient = Fixture.patient(3, given: ["Jane"], family: "Taylor", born: "1980-03-07", previousFamily: "Khan")
        let keys = BlockingKeys.keys(for: TraceProfile(patient: patient))
        #expect(Set(keys).count == keys.count)
        let oldName = TraceQuery(givenNames: "Jane", familyName: "Khan", birthDate: patient.birthDate)
        let exact = BlockingKeys.exactKeys(for: QueryFeatures(oldName))
        #expect(exact.contains { $0.rule == .exact && keys.contains($0.key) })
    }

    @Test func queryVariantsReachARecordWithTheDayAndMonthSwappedOrTheNamesReversed() {
        let patient = Fixture.patient(4, given: ["Peter"], family: "Walsh", born: "1980-03-07")
        let filed = Set(BlockingKeys.keys(for: TraceProfile(patient: patient)))
        let swappedDate = TraceQuery(givenNames: "Peter", familyName: "Walsh", birthDate: Fixture.date("1980-07-03"))
        #expect(
            BlockingKeys.keys(for: swappedDate).contains {
                $0.rule == .familyPhoneticBirthDate && filed.contains($0.key)
            })
        let swappedNames = TraceQuery(givenNames: "Walsh", familyName: "Peter", birthDate: patient.birthDate)
        #expect(BlockingKeys.keys(for: swappedNames).contains { filed.contains($0.key) })
        let yearOut = TraceQuery(givenNames: "Peter", familyName: "Walsh", birthDate: Fixture.date("1981-03-07"))
        #expect(
            BlockingKeys.keys(for: yearOut).contains { $0.rule == .familyPhoneticBirthDate && filed.contains($0.key) })
        let nickname = TraceQuery(givenNames: "Pete", familyName: "Welsh", birthDate: patient.birthDate)
        #expect(
            BlockingKeys.keys(for: nickname).contains { $0.rule == .givenPhoneticBirthDate && filed.contains($0.key) })
    }

    @Test func everyRuleHasADistinctPrefixAndAnExactOrFuzzyStage() {
        #expect(Set(BlockingRule.allCases.map(\.rawValue)).count == BlockingRule.allCases.count)
        #expect(BlockingRule.allCases.filter(\.isExact) == [.nhsNumber, .exact])
    }
}
