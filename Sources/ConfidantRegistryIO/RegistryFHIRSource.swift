import ConfidantCore
import ConfidantStore
import Foundation

/// Reads a FHIR R4 `Bundle` of `Patient` resources as batches of validated patients.
///
/// The whole bundle is decoded and validated when the source is created, so a
/// wrong shape or value is reported (with its entry and element path) before the
/// store is touched. Bundles are held in memory: use CSV for registries of millions.
public final class RegistryFHIRSource: PatientBatchSource {
    private let patients: ArrayPatientSource

    /// Reads and validates a bundle file.
    ///
    /// - Parameters:
    ///   - path: the JSON file; `-` reads standard input.
    /// - Throws: ``RegistryFileError`` for the first problem found.
    public convenience init(path: String, batchSize: Int = 10_000) throws {
        let data: Data
        do {
            data =
                path == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RegistryFileError(.file, "cannot read the file (does it exist?)")
        }
        try self.init(data: data, batchSize: batchSize)
    }

    /// Validates a bundle held in memory.
    public init(data: Data, batchSize: Int = 10_000) throws {
        let bundle: FHIRBundle
        do {
            bundle = try JSONDecoder().decode(FHIRBundle.self, from: data)
        } catch let error as DecodingError {
            throw Self.describe(error)
        }
        guard bundle.resourceType == "Bundle" else {
            throw RegistryFileError(.fhir(entry: nil, path: "resourceType"), "expected \"Bundle\"")
        }
        var seen = Set<UInt64>()
        var patients: [Patient] = []
        for (index, entry) in (bundle.entry ?? []).enumerated() {
            let patient = try RegistryFHIRMapping.patient(entry.resource, entry: index)
            guard seen.insert(patient.nhsNumber.value).inserted else {
                throw RegistryFileError(
                    .fhir(entry: index, path: "resource.identifier"),
                    "this NHS number already appeared in an earlier entry")
            }
            patients.append(patient)
        }
        self.patients = ArrayPatientSource(patients, batchSize: batchSize)
    }

    public func nextBatch() throws -> [Patient]? {
        try patients.nextBatch()
    }

    /// Turns a decoding error into a location (`entry[2].resource.name[0].family`) and a rule.
    static func describe(_ error: DecodingError) -> RegistryFileError {
        func locate(_ path: [any CodingKey]) -> RegistryFileError.Location {
            var entry: Int?
            var parts: [String] = []
            var keys = path[...]
            if keys.first?.stringValue == "entry", keys.count > 1, let index = keys.dropFirst().first?.intValue {
                entry = index
                keys = keys.dropFirst(2)
            }
            for key in keys {
                if let index = key.intValue {
                    parts[parts.count - 1] += "[\(index)]"
                } else {
                    parts.append(key.stringValue)
                }
            }
            return .fhir(entry: entry, path: parts.joined(separator: "."))
        }
        switch error {
        case .typeMismatch(let type, let context):
            return RegistryFileError(locate(context.codingPath), "expected \(jsonName(type))")
        case .valueNotFound(let type, let context):
            return RegistryFileError(locate(context.codingPath), "expected \(jsonName(type)), found null")
        case .keyNotFound(let key, let context):
            return RegistryFileError(locate(context.codingPath + [key]), "required element is missing")
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? RegistryFileError(.file, "not valid JSON")
                : RegistryFileError(locate(context.codingPath), "invalid value")
        @unknown default:
            return RegistryFileError(.file, "not a FHIR Bundle")
        }
    }

    private static func jsonName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is [Any].Type: "an array"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: type is any Collection.Type ? "an array" : "an object"
        }
    }
}
