import ArgumentParser
import ConfidantCore
import ConfidantStore
import Foundation
import Logging

/// `confidant agency`: the agencies that may ask, and their officers.
struct AgencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency", abstract: "Add and list agencies and their officers.",
        subcommands: [Add.self, List.self, AddOfficer.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an agency, or rename it.")

        @OptionGroup var store: StoreOptions
        @Option(help: "Its identifier (letters, digits, '-', '_', '.').") var id: String
        @Option(help: "Its name.") var name: String
        @Option(help: "Its kind: \(AgencyKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: String

        func run() async throws {
            try await reportingFailure {
                let agency = try Self.agency(id: id, name: name, kind: kind)
                try await store.withStore(logger: Logger(label: "confidant.agency")) { store in
                    try await store.saveAgency(agency)
                }
                Output.line("saved agency \(agency.id)")
            }
        }

        static func agency(id: String, name: String, kind: String) throws -> Agency {
            let json: JSONValue = .object(["id": .string(id), "name": .string(name), "kind": .string(kind)])
            switch Agency.validate(json) {
            case .valid(let agency): return agency
            case .invalid(let problems): throw CommandFailure(problems.map(\.description).joined(separator: "; "))
            }
        }
    }

    struct AddOfficer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-officer", abstract: "Add an officer to an agency (--senior may countersign).")

        @OptionGroup var store: StoreOptions
        @Option(help: "The officer's identifier.") var id: String
        @Option(help: "Their agency's identifier.") var agency: String
        @Option(help: "Their name.") var name: String
        @Flag(help: "A senior officer, who may countersign requests.") var senior = false

        func run() async throws {
            try await reportingFailure {
                let json: JSONValue = .object([
                    "id": .string(id), "agency": .string(agency), "name": .string(name), "senior": .bool(senior),
                ])
                guard case .valid(let officer) = Officer.validate(json) else {
                    throw CommandFailure(Officer.validate(json).problems.map(\.description).joined(separator: "; "))
                }
                try await store.withStore(logger: Logger(label: "confidant.agency")) { store in
                    try await store.saveOfficer(officer)
                }
                Output.line("saved officer \(officer.id) of \(officer.agency)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List agencies with their officers.")

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        struct Entry: Encodable {
            var agency: Agency
            var officers: [Officer]
        }

        func run() async throws {
            try await reportingFailure {
                let entries = try await store.withStore(logger: Logger(label: "confidant.agency")) { store in
                    var entries: [Entry] = []
                    for agency in try await store.agencies() {
                        entries.append(Entry(agency: agency, officers: try await store.officers(of: agency.id)))
                    }
                    return entries
                }
                if json { return try Output.json(entries) }
                for entry in entries {
                    Output.line("\(entry.agency.id)  \(entry.agency.kind.rawValue)  \(entry.agency.name)")
                    for officer in entry.officers {
                        Output.line("  \(officer.id)\(officer.isSenior ? " (senior)" : "")  \(officer.name)")
                    }
                }
            }
        }
    }
}
