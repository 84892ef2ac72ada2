import ArgumentParser
import ConfidantRegistryIO
import ConfidantStore
import Foundation
import Logging

/// `confidant export registry`: write the registry as CSV or a FHIR Bundle that `import registry` reads.
struct ExportRegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Export the registry as CSV (current state) or a FHIR R4 Bundle (full history)."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "csv or fhir.")
    var format: RegistryFormat = .csv

    @Option(name: .customLong("out"), help: "The output file (default: standard output). Written whole or not at all.")
    var output: String?

    func run() async throws {
        try await reportingFailure {
            let sink = try ExportSink(path: output)
            do {
                let format = format
                try sink.write(format == .csv ? RegistryCSVWriter.header() : RegistryFHIRWriter.opening())
                try await store.withStore(logger: Logger(label: "confidant.export")) { store in
                    let progress = ProgressBar("patients", total: try await store.patientCount())
                    let written = Counter()
                    try await store.exportPatients(batchSize: 5_000) { batch in
                        let first = written.add(batch.count) == batch.count
                        try sink.write(
                            format == .csv
                                ? RegistryCSVWriter.rows(batch) : try RegistryFHIRWriter.entries(batch, first: first))
                        progress.update(written.value)
                    }
                    progress.finish()
                }
                if format == .fhir { try sink.write(RegistryFHIRWriter.closing()) }
                try sink.commit()
            } catch {
                sink.abandon()
                throw error
            }
        }
    }
}
