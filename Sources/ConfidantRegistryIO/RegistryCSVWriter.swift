import CSV
import ConfidantCore
import Foundation

/// Writes patients in the registry CSV format that ``RegistryCSVSource`` reads.
///
/// CSV holds each patient's current state (usual name, previous family names,
/// current address and its start); FHIR export carries the full history.
public enum RegistryCSVWriter {
    /// The header line, CRLF-terminated.
    public static func header() throws -> Data {
        try encode([RegistryCSVColumn.allCases.map(\.rawValue)])
    }

    /// One CRLF-terminated line per patient.
    public static func rows(_ patients: [Patient]) throws -> Data {
        try encode(patients.map(fields))
    }

    /// CSV.swift writes a scalar at a time to its stream, so each chunk goes to an
    /// in-memory stream and reaches the file in one write.
    private static func encode(_ rows: [[String]]) throws -> Data {
        guard !rows.isEmpty else { return Data() }
        let stream = OutputStream.toMemory()
        stream.open()
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, delimiter: ",", newline: .crlf)
        for row in rows {
            try writer.write(row: row)
        }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [13, 10])
        return data
    }

    static func fields(_ patient: Patient) -> [String] {
        let usual = patient.usualName
        let address = patient.currentAddress
        let lines = address?.lines ?? []
        return RegistryCSVColumn.allCases.map { column in
            switch column {
            case .nhsNumber: patient.nhsNumber.description
            case .givenNames: usual?.given.joined(separator: " ") ?? ""
            case .familyName: usual?.family ?? ""
            case .previousFamilyNames:
                patient.previousNames.map(\.family).joined(separator: String(RegistryCSVColumn.listSeparator))
            case .birthDate: patient.birthDate.description
            case .gender: patient.gender.rawValue
            case .deathDate: patient.deathDate?.description ?? ""
            case .addressLine1: lines.count > 0 ? lines[0] : ""
            case .addressLine2: lines.count > 1 ? lines[1] : ""
            case .addressLine3: lines.count > 2 ? lines[2] : ""
            case .addressLine4: lines.count > 3 ? lines[3] : ""
            case .postcode: address?.postcode?.description ?? ""
            case .addressFrom: address?.period.start?.description ?? ""
            case .gpPractice: patient.gp?.practice.value ?? ""
            case .registeredOn: patient.gp?.registeredOn?.description ?? ""
            case .securityLabel: patient.securityLabel.rawValue
            case .phone: patient.contact.phone ?? ""
            case .email: patient.contact.email ?? ""
            case .objections:
                patient.objections.map(\.kind.rawValue).joined(separator: String(RegistryCSVColumn.listSeparator))
            }
        }
    }
}
