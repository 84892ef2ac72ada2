import ConfidantCore
import Testing

@testable import ConfidantTrace

@Suite struct ComparatorTests {
    private let record = TraceProfile(
        patient: Fixture.patient(
            10, given: ["William", "John"], family: "Smith-Jones", born: "1980-03-07", postcode: "LS6 2AB",
            line: "Flat 3, 12 Kirkstall Lane", previousFamily: "Brown", oldPostcode: "M1 1AA"))

    private func levels(_ query: TraceQuery) -> AgreementPattern {
        Comparator.pattern(QueryFeatures(query), record)
    }

    @Test func familyNameLevels() {
        func family(_ name: String) -> UInt8 {
            levels(TraceQuery(givenNames: "William", familyName: name))[.familyName]
        }
        #expect(family("smith-jones") == Level.Family.exact)
        #expect(family("Brown") == Level.Family.previous)
        #expect(family("Smith-Jonse") == Level.Family.close)
        #expect(family("Browne") == Level.Family.close)
        #expect(family("Jones") == Level.Family.part)
        #expect(family("Zhang") == Level.Family.different)
        #expect(levels(TraceQuery(familyName: "Smith-Jones"))[.givenName] == Level.missing)
    }

    @Test func givenNameLevels() {
        func given(_ name: String) -> UInt8 {
            levels(TraceQuery(givenNames: name, familyName: "Smith-Jones"))[.givenName]
        }
        #expect(given("William") == Level.Given.exact)
        #expect(given("Bill") == Level.Given.nickname)
        #expect(given("Willaim") == Level.Given.close)
        #expect(given("John") == Level.Given.middle)
        #expect(given("W") == Level.Given.initial)
        #expect(given("Xavier") == Level.Given.different)
    }

    @Test func swappedNamesAreOneLevelAndTheGivenNameIsNotCountedTwice() {
        let pattern = levels(TraceQuery(givenNames: "Smith-Jones", familyName: "William"))
        #expect(pattern[.familyName] == Level.Family.swapped)
        #expect(pattern[.givenName] == Level.missing)
    }

    @Test func birthDateLevels() {
        func date(_ text: String) -> UInt8 { Comparator.birthDateLevel(Fixture.date(text), record.birthDate) }
        #expect(date("1980-03-07") == Level.BirthDate.exact)
        #expect(date("1980-07-03") == Level.BirthDate.swapped)
        #expect(date("1981-03-07") == Level.BirthDate.year)
        #expect(date("1979-03-07") == Level.BirthDate.year)
        #expect(date("1980-03-01") == Level.BirthDate.typo)
        #expect(date("1908-03-07") == Level.BirthDate.typo)
        #expect(date("1980-03-21") == Level.BirthDate.close)
        #expect(date("1975-11-30") == Level.BirthDate.different)
        #expect(Comparator.birthDateLevel(nil, record.birthDate) == Level.missing)
    }

    @Test func postcodeAndAddressLevels() throws {
        func postcode(_ text: String) throws -> UInt8 { levels(TraceQuery(postcode: try Postcode(text)))[.postcode] }
        #expect(try postcode("LS6 2AB") == Level.Postcode.full)
        #expect(try postcode("M1 1AA") == Level.Postcode.previous)
        #expect(try postcode("LS6 2ZZ") == Level.Postcode.sector)
        #expect(try postcode("LS6 9ZZ") == Level.Postcode.district)
        #expect(try postcode("LS1 1AA") == Level.Postcode.area)
        #expect(try postcode("EH1 1AA") == Level.Postcode.different)
        func address(_ line: String) -> UInt8 { levels(TraceQuery(addressLine1: line))[.address] }
        #expect(address("12 Kirkstall Ln") == Level.Address.full)
        #expect(address("3 Old Rd") == Level.Address.previous)
        #expect(address("40 Kirkstall Lane") == Level.Address.street)
        #expect(address("99 Nowhere Street") == Level.Address.different)
    }

    @Test func genderSaysNothingWhenEitherSideIsUnknown() {
        #expect(Comparator.genderLevel(.male, .male) == Level.Binary.same)
        #expect(Comparator.genderLevel(.female, .male) == Level.Binary.different)
        #expect(Comparator.genderLevel(nil, .male) == Level.missing)
        #expect(Comparator.genderLevel(.male, .unknown) == Level.missing)
    }

    @Test func anNHSNumberCountsOnlyWhenTheDemographicsVerifyIt() {
        let number = record.nhsNumber
        let agreeing = levels(TraceQuery(nhsNumber: number, familyName: "Smith-Jones", birthDate: record.birthDate))
        #expect(agreeing[.nhsNumber] == Level.NHS.exact)
        let wrongPerson = levels(
            TraceQuery(nhsNumber: number, familyName: "Zhang", birthDate: Fixture.date("1999-01-01")))
        #expect(wrongPerson[.nhsNumber] == Level.NHS.unverified)
        let otherNumber = levels(TraceQuery(nhsNumber: Fixture.nhsNumber(999), familyName: "Smith-Jones"))
        #expect(otherNumber[.nhsNumber] == Level.NHS.different)
    }
}
