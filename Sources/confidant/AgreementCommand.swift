import ArgumentParser
import ConfidantCore
import ConfidantGateway
import ConfidantStore
import Foundation
import Logging

/// `confidant agreement`: data-sharing agreements, and suspending or reinstating them.
///
/// Suspension and reinstatement go through the gateway, exactly as the API's do: held
/// requests are recorded in the log, and reinstated ones decided again.
struct AgreementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement", abstract: "Add, list, suspend and reinstate agreements.",
        subcommands: [Add.self, List.self, Suspend.self, Reinstate.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add (or replace) an agreement from a JSON file (see docs/operations.md).")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The agreement as JSON.") var file: String

        func run() async throws {
            try await reportingFailure {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("cannot read \(file)")
                }
                guard let json = JSONValue.parse(data) else { throw CommandFailure("\(file) is not valid JSON") }
                let agreement: Agreement
                switch Agreement.validate(json) {
                case .valid(let valid): agreement = valid
                case .invalid(let problems):
                    throw CommandFailure("\(file): " + problems.map(\.description).joined(separator: "; "))
                }
                try await store.withStore(logger: Logger(label: "confidant.agreement")) { store in
                    try await store.saveAgreement(agreement)
                }
                Output.line("saved agreement \(agreement.id) with \(agreement.agency)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List agreements and their status today.")

        @OptionGroup var store: StoreOptions
        @Option(help: "Only this agency's agreements.") var agency: String?
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            try await reportingFailure {
                let agencyID = try agency.map { try AgencyID($0) }
                let agreements = try await store.withStore(logger: Logger(label: "confidant.agreement")) { store in
                    try await store.agreements(of: agencyID)
                }
                if json { return try Output.json(agreements) }
                for agreement in agreements {
                    let status = agreement.status(on: .today)?.rawValue ?? "not in force"
                    Output.line("\(agreement.id)  \(agreement.agency)  \(status)  \(agreement.title)")
                }
            }
        }
    }

    struct Suspend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Suspend an agreement now: its undecided requests are held, new ones held on arrival.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var gateway: GatewayOptions
        @Argument(help: "The agreement's identifier.") var id: String
        @Option(help: "Why (recorded in the agreement's history and the held requests' events).") var reason: String
        @Option(help: "The administrator acting (recorded as the actor).") var by: String = "cli-administrator"

        func run() async throws {
            try await reportingFailure {
                try await AgreementCommand.change(
                    id, suspend: true, reason: reason, by: by, store: store, gateway: gateway)
            }
        }
    }

    struct Reinstate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reinstate an agreement now: its held requests are decided again under today's policy.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var gateway: GatewayOptions
        @Argument(help: "The agreement's identifier.") var id: String
        @Option(help: "Why.") var reason: String
        @Option(help: "The administrator acting (recorded as the actor).") var by: String = "cli-administrator"

        func run() async throws {
            try await reportingFailure {
                try await AgreementCommand.change(
                    id, suspend: false, reason: reason, by: by, store: store, gateway: gateway)
            }
        }
    }

    static func change(
        _ id: String, suspend: Bool, reason: String, by staff: String, store: StoreOptions, gateway: GatewayOptions
    ) async throws {
        let agreementID = try AgreementID(id)
        let principal = Principal.staff(id: staff, role: .administrator)
        let change = try await store.withStore(logger: Logger(label: "confidant.agreement")) { store in
            try await gateway.withGateway(on: store) { gateway in
                suspend
                    ? try await gateway.suspend(agreementID, reason: reason, by: principal)
                    : try await gateway.reinstate(agreementID, reason: reason, by: principal)
            }
        }
        Output.line(
            "\(agreementID) is \(change.status.rawValue); \(change.requests.count) request(s) "
                + (suspend ? "held" : "decided again"))
    }
}
