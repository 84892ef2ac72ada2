import ConfidantCore
import Foundation
import Testing

/// The registry's traits occur about as often as the brief asks. The sample is fixed, so these
/// are deterministic; the tolerances are about four standard deviations of a 100,000 sample.
@Suite struct SyntheticRegistryProportionTests {
    @Test func aboutOneInAThousandIsRestricted() {
        #expect((0.0005...0.0016).contains(Sample.share { $0.securityLabel == .restricted }))
    }

    @Test func aboutThreePercentHaveTheNationalDataOptOut() {
        #expect((0.027...0.033).contains(Sample.share { $0.hasObjection(.nationalDataOptOut) }))
    }

    @Test func aboutOnePercentHaveATypeOneOptOut() {
        #expect((0.008...0.012).contains(Sample.share { $0.hasObjection(.type1) }))
    }

    @Test func aboutOnePercentAreDead() {
        #expect((0.007...0.013).contains(Sample.share { $0.deathDate != nil }))
    }

    @Test func aboutOneAndAHalfPercentAreTwins() {
        let share = Double(Sample.twinPairs.count * 2) / Double(Sample.size)
        #expect((0.012...0.018).contains(share))
    }

    @Test func aboutOneInFiveHasMoved() {
        #expect((0.19...0.21).contains(Sample.share { $0.addresses.count > 1 }))
        #expect(Sample.patients.allSatisfy { $0.addresses.count <= 4 })
    }

    @Test func aboutThirtyPercentOfWomenOverTwentyFiveChangedTheirSurname() {
        let cutoff = Sample.referenceDate.adding(days: -9_131)
        let women = Sample.patients.filter { $0.gender == .female && $0.birthDate <= cutoff }
        let changed = women.count { !$0.previousNames.isEmpty }
        #expect((0.28...0.32).contains(Double(changed) / Double(women.count)))
        // Nobody else changes surname.
        #expect(Sample.patients.allSatisfy { $0.previousNames.isEmpty || $0.birthDate <= cutoff })
    }

    @Test func aboutThirtyPercentHaveAMiddleName() {
        #expect((0.28...0.32).contains(Sample.share { ($0.usualName?.given.count ?? 0) > 1 }))
    }

    @Test func contactDetailsAreAsCommonAsAsked() {
        #expect((0.685...0.715).contains(Sample.share { $0.contact.phone != nil }))
        #expect((0.385...0.415).contains(Sample.share { $0.contact.email != nil }))
    }

    @Test func genderIsAlmostAlwaysMaleOrFemale() {
        let rare = Sample.share { $0.gender == .other || $0.gender == .unknown }
        #expect(rare > 0 && rare < 0.005)
        let female = Sample.share { $0.gender == .female }
        #expect((0.48...0.54).contains(female))
    }

    @Test func serviceUsageRangesFromNoneToSixEvents() {
        let counts = Set(Sample.patients.map(\.serviceUsage.count))
        #expect(counts == Set(0...6))
    }

    @Test func theAgePyramidIsPlausible() {
        let reference = Sample.referenceDate.year
        let children = Sample.share { reference - $0.birthDate.year < 18 }
        let over80 = Sample.share { reference - $0.birthDate.year >= 80 }
        #expect((0.18...0.25).contains(children))
        #expect((0.03...0.08).contains(over80))
    }
}
