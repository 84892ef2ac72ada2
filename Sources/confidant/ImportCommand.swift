import ArgumentParser

/// `confidant import …`: bring data in from files.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data from files.",
        subcommands: [ImportRegistryCommand.self]
    )
}

/// `confidant export …`: write data out to files.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export data to files.",
        subcommands: [ExportRegistryCommand.self]
    )
}

/// The registry file formats.
enum RegistryFormat: String, ExpressibleByArgument, CaseIterable {
    /// The registry CSV of `docs/registry-csv.md`.
    case csv
    /// A FHIR R4 Bundle of Patient resources.
    case fhir
}
