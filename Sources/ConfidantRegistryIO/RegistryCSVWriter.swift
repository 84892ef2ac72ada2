import ConfidantCore
import Foundation

/// Writes patients in the registry CSV format that ``RegistryCSVSource`` reads.
///
/// RFC 4180 with CRLF line ends; a field is quoted only when it holds a comma,
/// a quote or a line break, with quotes doubled. CSV holds each patient's current
/// state (usual name, previous family names, current address and its start); FHIR
/// export carries the full history.
public enum RegistryCSVWriter {
    /// The header line.
    public static func header() -> Data {
        var data = Data()
        append(RegistryCSVColumn.allCases.map(\.rawValue), to: &data)
        return data
    }

    /// One line per patient.
    public static func rows(_ patients: [Patient]) -> Data {
        var data = Data()
        data.reserveCapacity(patients.count * 160)
        for patient in patients {
            append(fields(patient), to: &data)
        }
        return data
    }

    private static func append(_ fields: [String], to data: inout Data) {
        for (index, field) in fields.enumerated() {
            if index > 0 { data.append(CSVField.comma) }
            CSVField.append(field, to: &data)
        }
        data.append(contentsOf: [13, 10])
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
