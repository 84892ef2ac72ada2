import ArgumentParser
import ConfidantCore
import ConfidantRegistryIO
import ConfidantStore
import Foundation
import Logging

/// `confidant import registry FILE`: load patients from CSV or a FHIR Bundle, all or nothing.
struct ImportRegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Import patients from a registry CSV or a FHIR R4 Bundle. A file with any error changes nothing.",
        discussion: "Re-importing a patient updates them and keeps history. Formats: docs/registry-csv.md."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The file to import (- for standard input).")
    var file: String

    @Option(help: "csv or fhir (default: from the file name, .json means fhir).")
    var format: RegistryFormat?

    @Flag(help: "Print the result (and timing) as JSON.")
    var json = false

    struct Result: Codable {
        var inserted: Int
        var updated: Int
        var seconds: Double
        var patientsPerSecond: Double
    }

    func run() async throws {
        try await reportingFailure {
            let format = format ?? (file.lowercased().hasSuffix(".json") ? .fhir : .csv)
            let start = ContinuousClock.now
            let source: any PatientBatchSource =
                switch format {
                case .csv: try RegistryCSVSource(path: file)
                case .fhir: try RegistryFHIRSource(path: file)
                }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
            let progress = ProgressBar("patients", total: nil)
            let csv = source as? RegistryCSVSource
            let summary = try await store.withStoreToFill(logger: Logger(label: "confidant.import")) { store in
                try await store.importPatients(
                    from: source, receivedOn: Self.today(),
                    progress: { done in
                        let fraction = size.flatMap { size in csv.map { Double($0.bytesRead) / Double(max(size, 1)) } }
                        progress.update(done, fraction: fraction)
                    })
            }
            progress.finish()
            let seconds = (ContinuousClock.now - start).seconds
            if json {
                try Output.json(
                    Result(
                        inserted: summary.inserted, updated: summary.updated, seconds: seconds,
                        patientsPerSecond: Double(summary.total) / seconds))
            } else {
                Output.line("imported \(summary.total) patients (\(summary.inserted) new, \(summary.updated) updated)")
            }
        }
    }

    /// Today's date in UTC, used to close superseded name and address periods.
    static func today() -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
    }
}
