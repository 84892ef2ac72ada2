import ConfidantCore
import Foundation
import Testing

@testable import ConfidantSynthetic

@Suite struct SyntheticRegistryTests {
    @Test func theSameSeedAndIndexAlwaysGiveTheSamePatient() {
        let again = SyntheticRegistry(seed: 20_250_601, referenceDate: Sample.referenceDate)
        for index in [0, 1, 2, 3, 999, 12_345, 99_999] {
            #expect(again.patient(at: index) == Sample.patients[index])
            #expect(Sample.registry.patient(at: index) == Sample.patients[index])
        }
        #expect(again.patients(in: 500..<700) == Array(Sample.patients[500..<700]))
    }

    @Test func slicesGeneratedSeparatelyMatchTheWhole() {
        let halves = Sample.registry.patients(in: 0..<50) + Sample.registry.patients(in: 50..<100)
        #expect(halves == Array(Sample.patients[0..<100]))
    }

    @Test func aDifferentSeedGivesADifferentRegistry() {
        let other = SyntheticRegistry(seed: 7, referenceDate: Sample.referenceDate).patients(in: 0..<1_000)
        let same = zip(other, Sample.patients[0..<1_000]).count { $0 == $1 }
        #expect(same == 0)
        let sharedNumbers = Set(other.map(\.nhsNumber)).intersection(Sample.patients[0..<1_000].map(\.nhsNumber))
        #expect(sharedNumbers.count < 5)
    }

    @Test func everyPatientIsValid() {
        let invalid = Sample.patients.filter { !$0.validationProblems().isEmpty }
        #expect(invalid.isEmpty, "\(invalid.first.map { "\($0.validationProblems())" } ?? "")")
    }

    @Test func nhsNumbersAreUniqueAndInTheUnissuedNineHundredRange() {
        let numbers = Set(Sample.patients.map(\.nhsNumber))
        #expect(numbers.count == Sample.size)
        #expect(numbers.allSatisfy { (9_000_000_000...9_999_999_999).contains($0.value) })
    }

    @Test func theAllocatorGivesUniqueValidNumbersOverHalfAMillionIndices() throws {
        let allocator = NHSNumberAllocator(seed: 1)
        var seen = Set<UInt64>(minimumCapacity: 500_000)
        for index in 0..<500_000 {
            seen.insert(allocator.number(for: index).value)
        }
        #expect(seen.count == 500_000)
        // Every number parses back through the validating initialiser.
        for value in seen.prefix(1_000) {
            _ = try NHSNumber(value: value)
        }
    }

    @Test(arguments: [0, 89_999_999, 90_000_000, SyntheticRegistry.capacity - 1])
    func indicesAtTheTierBoundariesGetNumbersFromTheirTier(index: Int) {
        let number = NHSNumberAllocator(seed: 3).number(for: index)
        let expected: ClosedRange<UInt64> =
            index < NHSNumberAllocator.tierSize ? 9_000_000_000...9_999_999_999 : 8_000_000_000...8_999_999_999
        #expect(expected.contains(number.value))
    }

    @Test func everyStemHasNineValidNinthDigits() {
        for stem: UInt64 in [90_000_000, 90_000_003, 94_347_659, 99_999_999, 80_000_000] {
            let digits = (0..<9).map { NHSNumberAllocator.validNinthDigit(stem: stem, slot: $0).digit }
            #expect(Set(digits).count == 9)
            #expect(digits.allSatisfy { NHSNumber.completing(prefix: stem * 10 + UInt64($0)) != nil })
        }
    }

    @Test func nineteenThirtyIsTheEarliestBirthDate() throws {
        #expect(
            CalendarDate(daysSinceEpoch: SyntheticRegistry.firstBirthDay)
                == (try CalendarDate(year: 1930, month: 1, day: 1)))
        let earliest = try #require(Sample.patients.map(\.birthDate).min())
        let latest = try #require(Sample.patients.map(\.birthDate).max())
        #expect(earliest.year == 1930)
        #expect(latest < Sample.referenceDate)
    }

    @Test(arguments: ["1930-06-01", "1975-01-01", "2100-12-31"])
    func unusualReferenceDatesStillGiveValidPatients(reference: String) throws {
        let date = try CalendarDate(iso: reference)
        let registry = SyntheticRegistry(seed: 11, referenceDate: date)
        for patient in registry.patients(in: 0..<2_000) {
            #expect(patient.validationProblems().isEmpty)
            #expect(patient.birthDate < date)
            #expect(patient.deathDate.map { $0 <= date } ?? true)
        }
    }

    @Test func clinicalEntriesExistForAboutFivePercentAndBelongToThePatient() {
        let indices = 0..<20_000
        let withEntries = indices.filter { !Sample.registry.clinicalEntries(at: $0).isEmpty }
        let share = Double(withEntries.count) / Double(indices.count)
        #expect((0.04...0.06).contains(share))
        for index in withEntries.prefix(200) {
            let entries = Sample.registry.clinicalEntries(at: index)
            let patient = Sample.patients[index]
            #expect(entries == Sample.registry.clinicalEntries(at: index))
            #expect(entries.allSatisfy { $0.nhsNumber == patient.nhsNumber && !$0.code.isEmpty && !$0.text.isEmpty })
            #expect(entries.allSatisfy { $0.recordedOn >= patient.birthDate && $0.recordedOn <= Sample.referenceDate })
            #expect(entries.map(\.recordedOn) == entries.map(\.recordedOn).sorted())
        }
    }
}
