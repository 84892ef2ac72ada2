import ArgumentParser
import ConfidantCore
import ConfidantRegistryIO
import ConfidantStore
import ConfidantTrace
import Foundation
import Logging

/// `confidant trace [--given …] [--family …] [--birth-date …] …` or `--batch FILE --out FILE`.
struct TraceFindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Trace one person from the options, or every row of a --batch CSV file into --out."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var model: TraceModelOptions

    @Option(help: "NHS number, if the request has one.") var nhsNumber: String?
    @Option(help: "Given names.") var given: String?
    @Option(help: "Family name.") var family: String?
    @Option(help: "Birth date (YYYY-MM-DD, DD/MM/YYYY, 7 March 1980, …).") var birthDate: String?
    @Option(help: "male, female, other or unknown.") var gender: String?
    @Option(help: "Postcode.") var postcode: String?
    @Option(help: "First address line.") var addressLine1: String?
    @Option(help: "GP practice ODS code.") var gp: String?

    @Option(
        help:
            "A CSV of queries: query_id and any of \(TraceQueryCSVReader.columns.dropFirst().joined(separator: ", ")).")
    var batch: String?

    @Option(help: "Where --batch writes its results (written in full or not at all).")
    var out: String?

    @Flag(help: "Print the result as JSON.") var json = false

    func validate() throws {
        let single = [nhsNumber, given, family, birthDate, gender, postcode, addressLine1, gp].contains { $0 != nil }
        if batch != nil {
            guard out != nil else { throw ValidationError("--batch needs --out FILE for the results") }
            guard !single else { throw ValidationError("use either --batch or the query options, not both") }
        } else if !single {
            throw ValidationError("give a query (--family, --birth-date, …) or --batch FILE")
        }
    }

    func run() async throws {
        try await reportingFailure {
            let model = try model.load()
            let today = CalendarDate.today
            if let batch, let out {
                // Every row is read and checked before anything is traced or written.
                let reader = try TraceQueryCSVReader(path: batch, referenceDate: today)
                var queries: [TraceBatchRun.Item] = []
                while let next = try reader.next() {
                    queries.append(TraceBatchRun.Item(id: next.id, query: next.query))
                }
                let items = queries
                let summary = try await store.withStore(logger: .init(label: "confidant.trace")) { store in
                    try await TraceBatchRun(tracer: Tracer(model: model, source: store)).run(items, into: out)
                }
                Output.line("traced \(summary.total) queries: \(summary.describe())")
                return
            }
            let query: TraceQuery
            do {
                query = try TraceQuery(
                    nhsNumber: nhsNumber, givenNames: given, familyName: family, birthDate: birthDate, gender: gender,
                    postcode: postcode, addressLine1: addressLine1, gpPractice: gp, referenceDate: today)
            } catch let error as TraceError {
                throw CommandFailure("--\(Self.option(for: error.field)): \(error.message)")
            }
            let result = try await store.withStore(logger: .init(label: "confidant.trace")) { store in
                try await Tracer(model: model, source: store).trace(query)
            }
            if json { try Output.json(result) } else { TraceReport.print(result) }
        }
    }

    /// The command-line option for a query field named as in CSV.
    static func option(for field: String?) -> String {
        switch field {
        case "given_names": "given"
        case "family_name": "family"
        case "gp_practice": "gp"
        case let field?: field.replacingOccurrences(of: "_", with: "-")
        case nil: "query"
        }
    }
}
