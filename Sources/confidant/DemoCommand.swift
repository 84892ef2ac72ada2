import ArgumentParser
import ConfidantCore
import ConfidantHTTP
import ConfidantStore
import ConfidantSynthetic
import ConfidantTrace
import Foundation
import Logging
import TransparencyLog

/// `confidant demo`: a server on a SQLite file seeded with synthetic data, ready in a browser.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Seed ./confidant.sqlite with synthetic patients if it is empty, then serve on 127.0.0.1:8080."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var server: ServerOptions
    @OptionGroup var gateway: GatewayOptions

    @Option(help: "Patients to seed when the registry is empty.")
    var patients: Int = 20_000

    func run() async throws {
        try await reportingFailure {
            let server = server
            let patients = patients
            let gateway = gateway
            let model = gateway.model
            if !FileManager.default.fileExists(atPath: gateway.logKey.path) {
                let signer = try LogKeyOptions.create(name: "confidant.localhost/log", at: gateway.logKey.path)
                Output.line("made a demo log key (verifier key \(signer.verifier.verifierKey))")
            }
            // One store for the whole demo: seeded (if empty) and served without reopening.
            try await store.withStore(logger: server.logger()) { store in
                if try await store.patientCount() == 0 {
                    let reference = try CalendarDate(iso: "2026-01-01")
                    let result = try await SeedCommand.seed(
                        SyntheticRegistry(seed: 2017, referenceDate: reference), count: patients, into: store,
                        receivedOn: reference)
                    Output.line("seeded \(result.patients) synthetic patients")
                }
                if !FileManager.default.fileExists(atPath: model.path) {
                    var configuration = MatchTrainer.Configuration()
                    configuration.registrySize = try await store.patientCount()
                    let profiles = try await store.sampleTraceProfiles(count: 200_000)
                    try model.save(
                        try MatchTrainer(configuration: configuration).train(profiles: profiles, trainedAt: Date()))
                    Output.line("trained the match model on \(profiles.count) patients (\(model.path))")
                }
                if try await store.agencies().isEmpty {
                    let path = try await DemoParties.add(to: store)
                    Output.line("added demo agencies, agreements and staff; their API keys are in \(path)")
                }
                let address = server.resolved()
                Output.line("Confidant demo: open http://\(address.host):\(address.port)/ (Ctrl-C to stop)")
                try await ServeCommand.serve(store, server: server, gateway: gateway)
            }
        }
    }
}
