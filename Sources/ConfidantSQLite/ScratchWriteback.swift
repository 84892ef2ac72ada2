import CSQLiteSetup
import Foundation

/// Starts the disk writing a bulk load's scratch file a few times a second while the load runs.
///
/// A bulk load syncs nothing until its end (``SQLiteStore/bulkLoad(into:_:)``), and the
/// kernel leaves dirty pages in memory until they are a tenth of RAM or thirty seconds old:
/// so the final `fsync` wrote the whole file, about half a second for a 1,000,000-patient
/// registry, with nothing else to do meanwhile. Starting the writeback as the load goes
/// (`sync_file_range`, which does not wait) lets the disk write alongside the import, and
/// the `fsync` finds only the last pages. Durability is unchanged: the `fsync` still comes
/// before the file is linked into place.
final class ScratchWriteback: Sendable {
    private let stopped = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// How often writeback is started.
    static let interval: DispatchTimeInterval = .milliseconds(250)

    /// Starts writeback of the file open at `descriptor` every ``interval`` until ``stop()``.
    init(descriptor: Int32) {
        let thread = Thread { [stopped, finished] in
            // A failure only leaves more for the final fsync, which reports its own.
            while stopped.wait(timeout: .now() + Self.interval) == .timedOut {
                _ = confidant_start_writeback(descriptor)
            }
            finished.signal()
        }
        thread.name = "confidant.writeback"
        thread.start()
    }

    /// Stops the thread and waits for it; call once.
    func stop() {
        stopped.signal()
        finished.wait()
    }
}
