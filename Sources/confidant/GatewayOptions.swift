import ArgumentParser
import ConfidantCore
import ConfidantGateway
import ConfidantStore
import ConfidantTrace
import TransparencyLog

/// What the disclosure gateway needs besides the store: the match model, the log's key
/// and the policies.
struct GatewayOptions: ParsableArguments {
    @OptionGroup var model: TraceModelOptions
    @OptionGroup var logKey: LogKeyOptions
    @OptionGroup var policies: PolicyOptions

    /// The gateway over `store`, with the sequencer it appends through (not yet running).
    func gateway(on store: any ConfidantStorage) throws -> (DisclosureGateway, LogSequencer<AnyLogStore>) {
        let sequencer = LogSequencer(storage: AnyLogStore(store), sealer: try logKey.sealer())
        let gateway = DisclosureGateway(
            store: store, sequencer: sequencer, policies: try policies.load(),
            tracer: Tracer(model: try model.load(), source: store))
        return (gateway, sequencer)
    }

    /// Runs `body` with a gateway whose sequencer runs until `body` returns.
    func withGateway<T: Sendable>(
        on store: any ConfidantStorage, _ body: @Sendable (DisclosureGateway) async throws -> T
    ) async throws -> T {
        let (gateway, sequencer) = try gateway(on: store)
        return try await sequencer.whileRunning { try await body(gateway) }
    }
}
