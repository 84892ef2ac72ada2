import ConfidantCore
import ConfidantRegistryIO
import ConfidantSQLite
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import Testing

/// Every malformed FHIR bundle is refused with its entry and element, and changes nothing.
@Suite struct RegistryFHIRBadInputTests {
    static func bundle(_ resources: String...) -> String {
        #"{"resourceType":"Bundle","type":"collection","entry":["#
            + resources.map { #"{"resource":"# + $0 + "}" }.joined(separator: ",") + "]}"
    }

    static func patient(
        nhs: String = "9990000026", gender: String = #""female""#, birthDate: String = #""1990-01-31""#,
        postcode: String = "LS1 4HR", security: String = "U"
    ) -> String {
        #"""
        {"resourceType":"Patient",
         "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"\#(nhs)"}],
         "name":[{"use":"usual","family":"Khan","given":["Aisha"]}],
         "gender":\#(gender),"birthDate":\#(birthDate),
         "address":[{"line":["1 Park Row"],"postalCode":"\#(postcode)"}],
         "meta":{"security":[{"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"\#(security)"}]}}
        """#
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var json: String
        var location: String
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "not JSON", json: "{\"resourceType\": ", location: "file", message: "not valid JSON"),
        Case(name: "not a bundle", json: #"{"resourceType":"Patient"}"#, location: "resourceType", message: "Bundle"),
        Case(
            name: "entry is not an array", json: #"{"resourceType":"Bundle","entry":{}}"#, location: "entry",
            message: "expected an array"),
        Case(
            name: "birthDate is a number", json: bundle(patient(birthDate: "19900131")),
            location: "entry[0].resource.birthDate", message: "expected a string"),
        Case(
            name: "impossible birthDate", json: bundle(patient(birthDate: #""1990-02-30""#)),
            location: "entry[0].resource.birthDate", message: "no such day"),
        Case(
            name: "unknown gender", json: bundle(patient(gender: #""f""#)),
            location: "entry[0].resource.gender", message: "unknown code"),
        Case(
            name: "invalid NHS number", json: bundle(patient(), patient(nhs: "9990000025")),
            location: "entry[1].resource.identifier[0].value", message: "check digit"),
        Case(
            name: "malformed postcode", json: bundle(patient(postcode: "LS1")),
            location: "entry[0].resource.address[0].postalCode", message: "UK postcode"),
        Case(
            name: "unknown security label", json: bundle(patient(security: "S")),
            location: "entry[0].resource.meta.security[0].code", message: "unknown code"),
        Case(
            name: "duplicate NHS number", json: bundle(patient(), patient()),
            location: "entry[1].resource.identifier", message: "already appeared"),
        Case(
            name: "missing resourceType", json: #"{"resourceType":"Bundle","entry":[{"resource":{}}]}"#,
            location: "entry[0].resource.resourceType", message: "required element is missing"),
    ]

    @Test(arguments: cases)
    func refusedWithLocationAndNothingChanged(_ bad: Case) async throws {
        let fixture = try await RegistryFileFixture.make()
        defer { fixture.remove() }
        let error = try #require(await fixture.importFHIR(bad.json) as? RegistryFileError)
        #expect(error.location.description == bad.location)
        #expect(error.message.contains(bad.message), "\(error.message)")
        #expect(try await fixture.isUnchanged())
    }

    @Test func aValidBundleImports() async throws {
        let fixture = try await RegistryFileFixture.make(seeded: 0)
        defer { fixture.remove() }
        let error = await fixture.importFHIR(Self.bundle(Self.patient()))
        #expect(error == nil)
        let stored = try #require(try await fixture.store.patient(Fixtures.nhsNumber("9990000026")))
        #expect(stored.usualName?.family == "Khan")
        #expect(stored.currentAddress?.postcode == Fixtures.postcode("LS1 4HR"))
    }
}
