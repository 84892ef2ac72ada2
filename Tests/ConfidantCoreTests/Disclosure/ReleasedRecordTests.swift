import Foundation
import Testing

@testable import ConfidantCore

@Suite struct ReleasedRecordTests {
    typealias Fixture = ReleasedRecordFixture
    static let released = "\"released_on\":\"2026-03-02\""

    /// The JSON of `releases` applied to `patient`.
    func json(_ releases: [FieldRelease], of patient: Patient = Fixture.patient()) throws -> String {
        try Fixture.json(Fixture.record(releases, of: patient))
    }

    @Test func identityIsTheNHSNumberAndTheUsualNameOnly() throws {
        #expect(
            try json([FieldRelease(.identity)])
                == "{\"identity\":{\"family_name\":\"Taylor\",\"given_names\":[\"Oliver\",\"James\"],"
                + "\"nhs_number\":\"9434765919\"},\(Self.released)}")
    }

    @Test func demographicsInFullHaveTheBirthDateGenderAndDeathDate() throws {
        var patient = Fixture.patient()
        #expect(
            try json([FieldRelease(.demographics)], of: patient)
                == "{\"demographics\":{\"birth_date\":\"1984-02-29\",\"gender\":\"male\"},\(Self.released)}")
        patient.deathDate = Fixture.date("2025-11-03")
        #expect(
            try json([FieldRelease(.demographics)], of: patient)
                == "{\"demographics\":{\"birth_date\":\"1984-02-29\",\"death_date\":\"2025-11-03\",\"gender\":\"male\"},"
                + "\(Self.released)}")
    }

    @Test func demographicsAtBirthYearHaveOnlyYears() throws {
        var patient = Fixture.patient()
        patient.deathDate = Fixture.date("2025-11-03")
        #expect(
            try json([FieldRelease(.demographics, at: .birthYear)], of: patient)
                == "{\"demographics\":{\"birth_year\":1984,\"death_year\":2025,\"gender\":\"male\"},\(Self.released)}")
    }

    @Test(arguments: [
        (FieldCoarsening.full, "{\"address_lines\":[\"3 Mill Lane, Flat 2\",\"Leeds\"],\"postcode\":\"LS1 4HR\"}"),
        (.sector, "{\"postcode_sector\":\"LS1 4\"}"),
        (.district, "{\"postcode_district\":\"LS1\"}"),
        (.area, "{\"postcode_area\":\"LS\"}"),
    ])
    func locationIsTheCurrentAddressOrPartOfItsPostcode(_ level: FieldCoarsening, _ location: String) throws {
        #expect(try json([FieldRelease(.location, at: level)]) == "{\"location\":\(location),\(Self.released)}")
    }

    @Test func locationWithoutAPostcodeIsTheLinesInFullAndNothingWhenCoarsened() throws {
        var patient = Fixture.patient()
        patient.addresses[1].postcode = nil
        #expect(
            try json([FieldRelease(.location)], of: patient)
                == "{\"location\":{\"address_lines\":[\"3 Mill Lane, Flat 2\",\"Leeds\"]},\(Self.released)}")
        for level in [FieldCoarsening.sector, .district, .area] {
            #expect(Fixture.record([FieldRelease(.location, at: level)], of: patient).location == nil)
        }
    }

    @Test func contactIsThePhoneAndEmailRecorded() throws {
        var patient = Fixture.patient()
        #expect(
            try json([FieldRelease(.contact)], of: patient)
                == "{\"contact\":{\"email\":\"oliver@example.org\",\"phone\":\"0113 496 0001\"},\(Self.released)}")
        patient.contact.email = nil
        #expect(
            try json([FieldRelease(.contact)], of: patient)
                == "{\"contact\":{\"phone\":\"0113 496 0001\"},\(Self.released)}")
    }

    @Test(arguments: [
        (FieldCoarsening.full, "{\"gp_practice\":\"B86024\",\"registered_on\":\"2019-05-20\"}"),
        (.practice, "{\"gp_practice\":\"B86024\"}"),
        (.gpArea, "{\"gp_area\":\"15F\"}"),
    ])
    func registrationIsThePracticeOrItsArea(_ level: FieldCoarsening, _ registration: String) throws {
        let areas = [try ODSCode(practice: "B86024"): try ODSCode("15F")]
        let record = Fixture.record([FieldRelease(.registration, at: level)], areas: areas)
        #expect(try Fixture.json(record) == "{\"registration\":\(registration),\(Self.released)}")
    }

    @Test func gpAreaIsNotReleasedWhenThePracticesAreaIsUnknown() {
        // The practice code's prefix is not an area, so nothing is released rather than a guess.
        #expect(Fixture.record([FieldRelease(.registration, at: .gpArea)]).registration == nil)
    }

    @Test func registrationWithNoDateIsThePracticeAlone() throws {
        var patient = Fixture.patient()
        patient.gp?.registeredOn = nil
        #expect(
            try json([FieldRelease(.registration)], of: patient)
                == "{\"registration\":{\"gp_practice\":\"B86024\"},\(Self.released)}")
    }

    @Test func serviceUsageIsEveryContactOldestFirst() throws {
        #expect(
            try json([FieldRelease(.serviceUsage)])
                == "{\(Self.released),\"service_usage\":["
                + "{\"date\":\"2024-01-09\",\"kind\":\"gp-appointment\",\"site\":\"B86024\"},"
                + "{\"date\":\"2025-07-14\",\"kind\":\"emergency\",\"site\":\"RR801\"}]}")
    }

    @Test func categoriesNotReleasedAreAbsentNotNull() throws {
        let text = try json([FieldRelease(.identity), FieldRelease(.location, at: .district)])
        #expect(!text.contains("null"))
        #expect(
            try Fixture.keyPaths(Fixture.record([FieldRelease(.identity), FieldRelease(.location, at: .district)]))
                == [
                    "released_on", "identity", "identity.nhs_number", "identity.given_names", "identity.family_name",
                    "location", "location.postcode_district",
                ])
        #expect(try json([]) == "{\(Self.released)}")
    }

    @Test func clinicalIsNeverReleasedEvenWhenAskedFor() throws {
        #expect(try json([FieldRelease(.clinical)]) == "{\(Self.released)}")
        let everything = try json(Fixture.everything)
        #expect(!everything.lowercased().contains("clinical"))
        let topLevel = try Fixture.keyPaths(Fixture.record(Fixture.everything)).filter { !$0.contains(".") }
        #expect(
            topLevel == [
                "released_on", "identity", "demographics", "location", "contact", "registration", "service_usage",
            ])
    }

    @Test func restrictedPatientsNeverHaveLocationContactOrRegistration() {
        let record = Fixture.record(
            Fixture.everything + [FieldRelease(.registration, at: .gpArea)], of: Fixture.patient(label: .restricted),
            areas: [try! ODSCode(practice: "B86024"): try! ODSCode("15F")])
        #expect(record.location == nil)
        #expect(record.contact == nil)
        #expect(record.registration == nil)
        #expect(record.identity != nil)
        #expect(record.demographics != nil)
        #expect(record.serviceUsage != nil)
    }

    @Test func aRestrictedRecordLooksLikeOneWithNoAddressGPOrContact() throws {
        // Absence must not reveal the restriction (witness protection, people fleeing abuse).
        let releases = [FieldRelease(.identity), FieldRelease(.location), FieldRelease(.contact)]
        #expect(
            try json(releases, of: Fixture.patient(label: .restricted))
                == json(releases, of: Fixture.sparsePatient()))
    }

    @Test func redactedPatientsHaveNothingReleased() throws {
        #expect(try json(Fixture.everything, of: Fixture.patient(label: .redacted)) == "{\(Self.released)}")
    }

    @Test func aPatientWithNoCurrentAddressGPOrContactHasNothingInThoseCategories() {
        let record = Fixture.record(Fixture.everything, of: Fixture.sparsePatient())
        #expect(record.location == nil)
        #expect(record.contact == nil)
        #expect(record.registration == nil)
        #expect(record.serviceUsage == nil)
        #expect(record.identity?.familyName == "Taylor")
        #expect(record.demographics?.birth == .date(Fixture.date("1984-02-29")))
    }

    @Test func aCategoryNamedTwiceIsReleasedAtTheCoarserLevel() {
        let record = Fixture.record([
            FieldRelease(.location, at: .area), FieldRelease(.location), FieldRelease(.location, at: .sector),
        ])
        #expect(record.location == .postcodeArea("LS"))
    }

    @Test func aLevelOfAnotherCategoryReleasesNothing() {
        let record = Fixture.record([
            FieldRelease(.location, at: .birthYear), FieldRelease(.demographics, at: .district),
            FieldRelease(.registration, at: .sector),
        ])
        #expect(record == Fixture.record([]))
    }

    @Test(arguments: [
        [FieldRelease(.identity), FieldRelease(.demographics), FieldRelease(.location), FieldRelease(.contact)],
        [FieldRelease(.demographics, at: .birthYear), FieldRelease(.location, at: .sector)],
        [FieldRelease(.location, at: .district), FieldRelease(.registration, at: .practice)],
        [FieldRelease(.location, at: .area), FieldRelease(.registration, at: .gpArea), FieldRelease(.serviceUsage)],
        [FieldRelease(.registration)], [],
    ])
    func decodingGivesBackTheRecord(_ releases: [FieldRelease]) throws {
        var patient = Fixture.patient()
        patient.deathDate = Fixture.date("2025-11-03")
        let record = Fixture.record(releases, of: patient, areas: [try ODSCode("B86024"): try ODSCode("15F")])
        let decoded = try JSONDecoder().decode(ReleasedRecord.self, from: try JSONEncoder().encode(record))
        #expect(decoded == record)
    }
}
