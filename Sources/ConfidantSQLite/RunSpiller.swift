import Dispatch
import Foundation

/// Sorts full runs of ``BlockingKeySorter/Row``s on a thread of its own, so the import's
/// writer thread (the pipeline's slowest stage) goes on writing patients meanwhile, and
/// keeps the first ``keptRuns`` sorted runs in memory; later ones go to a scratch file.
///
/// Keeping runs in memory up to a fixed budget spares a registry of up to about a million
/// patients the scratch file's writes and reads (measured in `docs/performance.md`), and
/// bounds memory the same however large the import: at most ``keptRuns`` runs, plus one
/// being sorted and one being filled. At most one run is sorted at a time: a second full
/// run waits for the first.
final class RunSpiller: @unchecked Sendable {
    // @unchecked: `scratch`, `spilled`, `kept` and `failure` are touched only on `queue`, and
    // read by `finish()` only after `queue.sync` has waited for every spill before it.
    private let queue = DispatchQueue(label: "confidant.import.key-spill")
    /// How many sorted runs stay in memory before runs go to the scratch file.
    let keptRuns: Int
    private var kept: [[BlockingKeySorter.Row]] = []
    /// One permit: taken by ``submit(_:)``, given back when that run is sorted and kept or on disk.
    private let inFlight = DispatchSemaphore(value: 1)
    private var scratch: ScratchFile?
    private var spilled: [Range<Int>] = []
    private var failure: (any Error)?

    /// - Parameter keptRuns: sorted runs kept in memory; the rest are written to a scratch file.
    init(keptRuns: Int) {
        self.keptRuns = keptRuns
    }

    /// Sorts `run` in the background and keeps it in memory, or appends it to the scratch
    /// file once ``keptRuns`` are kept; waits first if a run is still being sorted.
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
            BlockingKeySorter.sortRun(&pending.rows)
            if kept.count < keptRuns {
                kept.append(pending.take())
                return
            }
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

    /// Waits for every submitted run to be sorted (and, past the budget, on disk), and hands
    /// them over: the spiller starts afresh.
    ///
    /// - Returns: the runs kept in memory, the scratch file (`nil` if nothing was spilled) and
    ///   each spilled run's row positions in it.
    /// - Throws: what a spill failed with.
    func finish() throws -> (memory: [[BlockingKeySorter.Row]], file: ScratchFile?, runs: [Range<Int>]) {
        try queue.sync {
            if let failure { throw failure }
            defer { (kept, scratch, spilled) = ([], nil, []) }
            return (kept, scratch, spilled)
        }
    }

    /// A run on its way to the spill thread. The only reference to its rows, so sorting them
    /// does not first copy the run for a second owner.
    private final class Pending: @unchecked Sendable {
        // @unchecked: handed from the writer thread to `queue`, and touched only there afterwards.
        var rows: [BlockingKeySorter.Row]

        init(_ rows: consuming [BlockingKeySorter.Row]) {
            self.rows = rows
        }

        /// Moves the rows out, leaving this empty, so a kept run is not copied.
        func take() -> [BlockingKeySorter.Row] {
            var taken: [BlockingKeySorter.Row] = []
            swap(&taken, &rows)
            return taken
        }
    }
}
