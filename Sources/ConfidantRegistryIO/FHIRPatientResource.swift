/// The parts of a FHIR R4 `Patient` resource that the registry reads and writes.
///
/// Only the shape is checked by decoding; ``RegistryFHIRMapping`` checks the values.
struct FHIRPatientResource: Codable, Sendable {
    struct Identifier: Codable, Sendable {
        var system: String?
        var value: String?
        var period: FHIRPeriod?
    }

    struct HumanName: Codable, Sendable {
        var use: String?
        var family: String?
        var given: [String]?
        var period: FHIRPeriod?
    }

    struct FHIRAddress: Codable, Sendable {
        var use: String?
        var line: [String]?
        var postalCode: String?
        var period: FHIRPeriod?
    }

    struct Reference: Codable, Sendable {
        var identifier: Identifier?
    }

    struct ContactPoint: Codable, Sendable {
        var system: String?
        var value: String?
    }

    struct Coding: Codable, Sendable {
        var system: String?
        var code: String?
    }

    struct Meta: Codable, Sendable {
        var security: [Coding]?
    }

    /// A FHIR extension; complex extensions nest `extension`.
    struct Extension: Codable, Sendable {
        var url: String
        var valueCode: String?
        var valueDate: String?
        var `extension`: [Extension]?
    }

    var resourceType: String
    var id: String?
    var meta: Meta?
    var identifier: [Identifier]?
    var name: [HumanName]?
    var gender: String?
    var birthDate: String?
    var deceasedDateTime: String?
    var address: [FHIRAddress]?
    var generalPractitioner: [Reference]?
    var telecom: [ContactPoint]?
    var `extension`: [Extension]?
}

struct FHIRPeriod: Codable, Sendable {
    var start: String?
    var end: String?
}

/// A FHIR R4 `Bundle` of `Patient` resources.
struct FHIRBundle: Codable, Sendable {
    struct Entry: Codable, Sendable {
        var fullUrl: String?
        var resource: FHIRPatientResource
    }

    var resourceType: String
    var type: String?
    var entry: [Entry]?
}

/// The systems and extension URLs Confidant uses in FHIR.
enum FHIRSystem {
    static let nhsNumber = "https://fhir.nhs.uk/Id/nhs-number"
    static let odsOrganisation = "https://fhir.nhs.uk/Id/ods-organization-code"
    static let confidentiality = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
    /// Confidant's own extension for recorded objections (national data opt-out, type 1).
    static let objection = "urn:confidant:fhir:extension:objection"
}
