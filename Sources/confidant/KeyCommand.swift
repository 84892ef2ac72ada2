import ArgumentParser
import ConfidantCore
import ConfidantGateway
import ConfidantStore
import Foundation
import Logging

/// `confidant key`: issue, list and revoke API keys. A key is shown once, when issued;
/// only its SHA-256 is stored.
struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Issue, list and revoke API keys for officers and staff.",
        subcommands: [Issue.self, List.self, Revoke.self])

    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a key to an officer (--officer) or a member of staff (--staff with --role).")

        @OptionGroup var store: StoreOptions
        @Option(help: "The officer's identifier (they must exist: `confidant agency add-officer`).")
        var officer: String?
        @Option(help: "A member of staff's identifier.")
        var staff: String?
        @Option(help: "The staff member's role: reviewer, approver or administrator.")
        var role: String?

        func validate() throws {
            guard (officer == nil) != (staff == nil) else {
                throw ValidationError("give either --officer or --staff")
            }
            if staff != nil, role.flatMap(StaffRole.init(rawValue:)) == nil {
                throw ValidationError("--role must be reviewer, approver or administrator")
            }
            if officer != nil, role != nil { throw ValidationError("--role is for staff only") }
        }

        func run() async throws {
            try await reportingFailure {
                try await store.withStore(logger: Logger(label: "confidant.key")) { store in
                    let principal: Principal
                    if let officer {
                        let id = try OfficerID(officer)
                        guard let found = try await store.officer(id) else {
                            throw CommandFailure("there is no officer \(officer)")
                        }
                        principal = .officer(agency: found.agency, officer: id)
                    } else {
                        guard let staff, let role = role.flatMap(StaffRole.init(rawValue:)) else { return }
                        principal = .staff(id: staff, role: role)
                    }
                    let key = try await APIKey.issue(to: principal, in: store)
                    Output.line(key.text)
                    FileHandle.standardError.write(
                        Data("confidant: key \(key.id) issued; it is shown only this once\n".utf8))
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List issued keys (identifiers, never secrets).")

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        struct Row: Encodable {
            var id: String
            var principal: String
            var createdAt: String
            var revokedAt: String?
        }

        func run() async throws {
            try await reportingFailure {
                try await store.withStore(logger: Logger(label: "confidant.key")) { store in
                    let rows = try await store.credentials().map { credential in
                        let principal =
                            switch credential.principal {
                            case .officer(let agency, let officer): "officer \(officer) of \(agency)"
                            case .staff(let id, let role): "staff \(id) (\(role.rawValue))"
                            }
                        return Row(
                            id: credential.id, principal: principal, createdAt: credential.createdAt,
                            revokedAt: credential.revokedAt)
                    }
                    if json {
                        try Output.json(rows)
                    } else {
                        for row in rows {
                            Output.line(
                                "\(row.id)  \(row.principal)  issued \(row.createdAt)"
                                    + (row.revokedAt.map { "  revoked \($0)" } ?? ""))
                        }
                    }
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key at once, by its identifier.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The key's identifier (the 16 hex digits after cfd_).") var id: String

        func run() async throws {
            try await reportingFailure {
                try await store.withStore(logger: Logger(label: "confidant.key")) { store in
                    guard try await store.revokeCredential(id, at: Date().formatted(Date.ISO8601FormatStyle())) else {
                        throw CommandFailure("there is no valid key \(id) to revoke")
                    }
                    Output.line("revoked \(id)")
                }
            }
        }
    }
}
