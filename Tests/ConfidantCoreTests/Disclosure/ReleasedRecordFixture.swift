import ConfidantCore
import Foundation

/// A registry record with something in every category, and helpers to read a
/// released record back as JSON.
enum ReleasedRecordFixture {
    static let releasedOn = date("2026-03-02")

    static func date(_ text: String) -> CalendarDate { try! CalendarDate(iso: text) }

    /// Oliver James Taylor, with a previous name, an old and a current address, a GP,
    /// contact details and two contacts with services, stored newest first.
    static func patient(label: SecurityLabel = .unrestricted) -> Patient {
        Patient(
            nhsNumber: try! NHSNumber("9434765919"),
            names: [
                PersonName(use: .previous, given: ["Olly"], family: "Smith", period: Period(end: date("2010-06-30"))),
                PersonName(use: .usual, given: ["Oliver", "James"], family: "Taylor"),
            ],
            birthDate: date("1984-02-29"),
            gender: .male,
            addresses: [
                Address(
                    lines: ["1 Old Road"], postcode: try! Postcode("LS6 2AB"), period: Period(end: date("2019-04-30"))),
                Address(lines: ["3 Mill Lane, Flat 2", "Leeds"], postcode: try! Postcode("LS1 4HR")),
            ],
            gp: GPRegistration(practice: try! ODSCode(practice: "B86024"), registeredOn: date("2019-05-20")),
            contact: ContactDetails(phone: "0113 496 0001", email: "oliver@example.org"),
            securityLabel: label,
            serviceUsage: [
                ServiceUsageEvent(date: date("2025-07-14"), site: try! ODSCode("RR801"), kind: .emergency),
                ServiceUsageEvent(date: date("2024-01-09"), site: try! ODSCode("B86024"), kind: .gpAppointment),
            ])
    }

    /// The same patient with no current address, no GP, no contact details and no service usage.
    static func sparsePatient(label: SecurityLabel = .unrestricted) -> Patient {
        var patient = patient(label: label)
        patient.addresses.removeLast()
        patient.gp = nil
        patient.contact = ContactDetails()
        patient.serviceUsage = []
        return patient
    }

    /// Every category at full (and clinical, which must be dropped).
    static let everything = FieldCategory.allCases.map { FieldRelease($0) }

    static func record(
        _ releases: [FieldRelease], of patient: Patient = patient(), areas: [ODSCode: ODSCode] = [:]
    ) -> ReleasedRecord {
        ReleasedRecord(patient: patient, releases: releases, on: releasedOn, practiceAreas: areas)
    }

    /// The record's JSON with sorted keys, as an agency receives it.
    static func json(_ record: ReleasedRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// Every key path in the record's JSON: `identity.nhs_number`, `service_usage[].site`.
    static func keyPaths(_ record: ReleasedRecord) throws -> Set<String> {
        let value = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(record))
        var paths: Set<String> = []
        collect(value, at: "", into: &paths)
        return paths
    }

    private static func collect(_ value: JSONValue, at path: String, into paths: inout Set<String>) {
        switch value {
        case .object(let members):
            for (key, member) in members {
                let memberPath = path.isEmpty ? key : "\(path).\(key)"
                paths.insert(memberPath)
                collect(member, at: memberPath, into: &paths)
            }
        case .array(let items):
            for item in items { collect(item, at: "\(path)[]", into: &paths) }
        case .null, .bool, .number, .string:
            break
        }
    }
}
