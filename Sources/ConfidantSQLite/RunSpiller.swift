import Dispatch
import Foundation

/// Sorts full runs of ``BlockingKeySorter/Row``s and writes them to a scratch file on a
/// thread of its own, so the import's writer thread (the pipeline's slowest stage) goes
/// on writing patients meanwhile.
///
/// At most one run is sorted at a time: a second full run waits for the first to be
/// written, so memory stays at two runs (and one sort's scratch space) however many there are.
final class RunSpiller: @unchecked Sendable {
    // @unchecked: `scratch`, `spilled` and `failure` are touched only on `queue`, and read
    // by `finish()` only after `queue.sync` has waited for every spill before it.
    private let queue = DispatchQueue(label: "confidant.import.key-spill")
    /// One permit: taken by ``submit(_:)``, given back when that run is on disk.
    private let inFlight = DispatchSemaphore(value: 1)
    private var scratch: ScratchFile?
    private var spilled: [Range<Int>] = []
    private var failure: (any Error)?

    /// Sorts `run` and appends it to the scratch file in the background; waits first if a
    /// run is still being spilled.
    ///
    /// - Throws: what an earlier spill failed with (the file could not be created or written).
    func submit(_ run: consuming [BlockingKeySorter.Row]) throws {
        inFlight.wait()
        if let failure = queue.sync(execute: { self.failure }) {
            inFlight.signal()
            throw failure
        }
        let pending = Pending(run)
        queue.async { [self] in
            defer { inFlight.signal() }
            pending.rows.sort()
            do {
                let file = try scratch ?? ScratchFile()
                scratch = file
                let start = file.rowCount
                try file.append(pending.rows)
                spilled.append(start..<start + pending.rows.count)
            } catch {
                failure = error
            }
        }
    }

    /// Waits for every submitted run to be on disk, and hands them over: the spiller starts afresh.
    ///
    /// - Returns: the scratch file (`nil` if nothing was spilled) and each run's row positions in it.
    /// - Throws: what a spill failed with.
    func finish() throws -> (file: ScratchFile?, runs: [Range<Int>]) {
        try queue.sync {
            if let failure { throw failure }
            defer { (scratch, spilled) = (nil, []) }
            return (scratch, spilled)
        }
    }

    /// A run on its way to the spill thread. The only reference to its rows, so they are
    /// sorted in place rather than copied first.
    private final class Pending: @unchecked Sendable {
        // @unchecked: handed from the writer thread to `queue`, and touched only there afterwards.
        var rows: [BlockingKeySorter.Row]

        init(_ rows: consuming [BlockingKeySorter.Row]) {
            self.rows = rows
        }
    }
}
