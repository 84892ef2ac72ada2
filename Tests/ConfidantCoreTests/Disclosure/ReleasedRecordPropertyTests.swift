import PropertyBased
import Testing

@testable import ConfidantCore

/// Whatever is approved and whatever the registry holds, a released record carries
/// no key beyond those of the categories and levels released.
@Suite struct ReleasedRecordPropertyTests {
    typealias Fixture = ReleasedRecordFixture

    /// Every category at every level, including levels of other categories and clinical.
    static let candidates = FieldCategory.allCases.flatMap { category in
        FieldCoarsening.allCases.map { FieldRelease(category, at: $0) }
    }

    /// The keys each category may carry at each level, written out independently of the
    /// implementation; a level not listed for a category allows nothing.
    static func allowedKeys(_ release: FieldRelease) -> Set<String> {
        switch (release.category, release.coarsening) {
        case (.identity, .full):
            ["identity", "identity.nhs_number", "identity.given_names", "identity.family_name"]
        case (.demographics, .full):
            ["demographics", "demographics.birth_date", "demographics.gender", "demographics.death_date"]
        case (.demographics, .birthYear):
            ["demographics", "demographics.birth_year", "demographics.gender", "demographics.death_year"]
        case (.location, .full): ["location", "location.address_lines", "location.postcode"]
        case (.location, .sector): ["location", "location.postcode_sector"]
        case (.location, .district): ["location", "location.postcode_district"]
        case (.location, .area): ["location", "location.postcode_area"]
        case (.contact, .full): ["contact", "contact.phone", "contact.email"]
        case (.registration, .full): ["registration", "registration.gp_practice", "registration.registered_on"]
        case (.registration, .practice): ["registration", "registration.gp_practice"]
        case (.registration, .gpArea): ["registration", "registration.gp_area"]
        case (.serviceUsage, .full):
            ["service_usage", "service_usage[].date", "service_usage[].site", "service_usage[].kind"]
        default: []
        }
    }

    /// The patient with the parts `shape`'s bits say to drop removed.
    static func patient(label: SecurityLabel, shape: Int) -> Patient {
        var patient = Fixture.patient(label: label)
        if shape & 1 != 0 { patient.addresses.removeLast() }
        if shape & 2 != 0, !patient.addresses.isEmpty { patient.addresses[patient.addresses.count - 1].postcode = nil }
        if shape & 4 != 0 { patient.gp = nil }
        if shape & 8 != 0 { patient.contact = ContactDetails(phone: nil, email: "oliver@example.org") }
        if shape & 16 != 0 { patient.deathDate = Fixture.date("2025-11-03") }
        if shape & 32 != 0 { patient.serviceUsage = [] }
        return patient
    }

    @Test func theJSONKeysAreOnlyThoseOfTheCategoriesReleased() async {
        let picks = Gen.int(in: 0...(Self.candidates.count - 1)).array(of: 0...10)
        let labels = Gen.int(in: 0...(SecurityLabel.allCases.count - 1))
        await propertyCheck(count: 1_000, input: picks, labels, Gen.int(in: 0...63)) { picks, labelIndex, shape in
            let releases = picks.map { Self.candidates[$0] }
            let label = SecurityLabel.allCases[labelIndex]
            let record = ReleasedRecord(
                patient: Self.patient(label: label, shape: shape), releases: releases, on: Fixture.releasedOn,
                practiceAreas: [try! ODSCode(practice: "B86024"): try! ODSCode("15F")])
            let keys = try! Fixture.keyPaths(record)
            var allowed: Set<String> = ["released_on"]
            for release in releases { allowed.formUnion(Self.allowedKeys(release)) }
            if label.isRestricted {
                allowed = allowed.filter { !$0.hasPrefix("location") && !$0.hasPrefix("contact") }
                allowed = allowed.filter { !$0.hasPrefix("registration") }
            }
            if label == .redacted { allowed = ["released_on"] }
            #expect(keys.isSubset(of: allowed), "\(keys.subtracting(allowed).sorted()) from \(releases)")
        }
    }
}
