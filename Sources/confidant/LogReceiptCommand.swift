import ArgumentParser
import ConfidantCore
import ConfidantStore
import Foundation
import Logging
import TransparencyLog

/// `confidant log receipt`: the receipt for one event, to hand to whoever may see it.
struct LogReceiptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt", abstract: "Write the receipt (event, salt and tlog-proof) for one request event.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The request's identifier.")
    var request: String

    @Option(help: "The event's sequence number within the request, from 0.")
    var seq: Int

    @Option(help: "Write the receipt here instead of standard output.")
    var out: String?

    func run() async throws {
        try await reportingFailure {
            let (request, seq) = (request, seq)
            let receipt = try await store.withStore(logger: .init(label: "confidant.log")) { store in
                guard let record = try await store.events(ofRequest: request).first(where: { $0.sequence == seq })
                else { throw CommandFailure("no such event: check --request and --seq") }
                return try await EventReceipt.make(for: record, store: store)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(receipt) + Data("\n".utf8)
            if let out {
                try data.write(to: URL(fileURLWithPath: out), options: .atomic)
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}

/// `confidant log verify-receipt`: checks a receipt offline, with nothing but the verifier key.
struct LogVerifyReceiptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-receipt", abstract: "Check, offline, that a receipt's event is in the log.")

    @Argument(help: "The receipt file written by `confidant log receipt`.")
    var file: String

    @Option(help: "The log's verifier key (name+id+key), or a file that holds it.")
    var key: String

    func run() async throws {
        try await reportingFailure {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("cannot read \(file)")
            }
            let receipt: EventReceipt
            do {
                receipt = try JSONDecoder().decode(EventReceipt.self, from: data)
            } catch {
                throw CommandFailure("\(file) is not a Confidant receipt (JSON with kind, event, salt and receipt)")
            }
            let proven = try receipt.verify(with: try VerifierKey.read(key))
            Output.line("verified: this \(receipt.kind) event is entry \(proven.index) of a log of \(proven.treeSize)")
        }
    }
}
