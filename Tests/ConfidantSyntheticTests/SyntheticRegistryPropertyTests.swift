import ConfidantCore
import ConfidantSynthetic
import Foundation
import PropertyBased
import Testing

@Suite struct SyntheticRegistryPropertyTests {
    @Test func anyIndexGivesAValidPatientDeterministically() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0..<10_000_000), Gen.uint64()) { index, seed in
            let registry = SyntheticRegistry(seed: seed, referenceDate: Sample.referenceDate)
            let patient = registry.patient(at: index)
            #expect(patient.validationProblems().isEmpty)
            #expect(patient == SyntheticRegistry(seed: seed, referenceDate: Sample.referenceDate).patient(at: index))
            #expect(patient.birthDate < Sample.referenceDate)
            #expect(registry.clinicalEntries(at: index) == registry.clinicalEntries(at: index))
        }
    }

    @Test func neighbouringIndicesNeverShareAnNHSNumber() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0..<(SyntheticRegistry.capacity - 1))) { index in
            let pair = Sample.registry.patients(in: index..<(index + 2))
            #expect(pair[0].nhsNumber != pair[1].nhsNumber)
        }
    }
}
