import ConfidantCore
import ConfidantGateway
import ConfidantStore
import Foundation

/// The demo's agencies, agreements, officers and staff, with an API key for each
/// officer and member of staff that the tour uses.
///
/// The agencies and agreements are those of the synthetic 2016 request year; keys are
/// written once to a file readable by its owner only, since they are shown only once.
enum DemoParties {
    static let keyFile = "confidant-demo-keys.json"

    /// Adds the parties and writes their keys to ``keyFile``.
    ///
    /// - Returns: the key file's path.
    static func add(to store: any ConfidantStorage) async throws -> String {
        let year = SyntheticRequestYear(seed: 2016)
        for agency in year.agencies { try await store.saveAgency(agency) }
        for agreement in year.agreements { try await store.saveAgreement(agreement) }
        var keys: [String: String] = [:]
        for agency in year.agencies {
            let officer = try OfficerID("\(agency.id)-officer-1")
            let senior = try OfficerID("\(agency.id)-senior-1")
            try await store.saveOfficer(Officer(id: officer, agency: agency.id, name: "Officer One of \(agency.name)"))
            try await store.saveOfficer(
                Officer(id: senior, agency: agency.id, name: "Senior Officer of \(agency.name)", isSenior: true))
            keys[officer.value] = try await APIKey.issue(
                to: .officer(agency: agency.id, officer: officer), in: store
            ).text
        }
        for (id, role) in [("reviewer-1", StaffRole.reviewer), ("approver-1", .approver), ("admin-1", .administrator)] {
            keys[id] = try await APIKey.issue(to: .staff(id: id, role: role), in: store).text
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard
            FileManager.default.createFile(
                atPath: keyFile, contents: try encoder.encode(keys), attributes: [.posixPermissions: 0o600])
        else { throw CommandFailure("cannot write the demo key file \(keyFile)") }
        return keyFile
    }
}
