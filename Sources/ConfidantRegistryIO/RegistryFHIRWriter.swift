import ConfidantCore
import Foundation

/// Writes patients as a FHIR R4 `collection` Bundle of `Patient` resources, in
/// chunks, so an export of any size streams. ``RegistryFHIRSource`` reads it back.
public enum RegistryFHIRWriter {
    /// The bundle's opening, up to the start of the entry array.
    public static func opening() -> Data {
        Data(#"{"resourceType":"Bundle","type":"collection","entry":["#.utf8)
    }

    /// The entries for `patients`; `first` says whether these are the bundle's first entries (no leading comma).
    public static func entries(_ patients: [Patient], first: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for (index, patient) in patients.enumerated() {
            if !(first && index == 0) { data.append(UInt8(ascii: ",")) }
            data.append(contentsOf: #"{"fullUrl":"urn:nhs:"#.utf8)
            data.append(contentsOf: patient.nhsNumber.description.utf8)
            data.append(contentsOf: #"","resource":"#.utf8)
            data.append(try encoder.encode(RegistryFHIRMapping.resource(patient)))
            data.append(contentsOf: "}\n".utf8)
        }
        return data
    }

    /// The bundle's closing.
    public static func closing() -> Data {
        Data("]}\n".utf8)
    }
}
