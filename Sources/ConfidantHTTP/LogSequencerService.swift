import ServiceLifecycle
import TransparencyLog

/// The log's sequencer as a service: it commits appends for as long as the server runs,
/// and on shutdown commits what is queued before the process exits, so an acknowledged
/// request is never lost.
public struct LogSequencerService<Storage: LogStorage>: Service {
    let sequencer: LogSequencer<Storage>

    public init(_ sequencer: LogSequencer<Storage>) {
        self.sequencer = sequencer
    }

    public func run() async throws {
        await withGracefulShutdownHandler {
            await sequencer.run()
        } onGracefulShutdown: {
            sequencer.finish()
        }
    }
}
