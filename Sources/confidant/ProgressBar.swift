import Foundation
import Synchronization

/// A one-line progress bar on standard error, drawn only when it is a terminal.
///
/// Redraws at most ten times a second so a fast import is not slowed by its own display.
final class ProgressBar: Sendable {
    private struct State {
        var lastDraw = ContinuousClock.now - .seconds(1)
        var drew = false
    }

    private let label: String
    private let total: Int?
    private let start = ContinuousClock.now
    private let state = Mutex(State())
    private let enabled: Bool

    /// - Parameters:
    ///   - label: what is being counted ("patients").
    ///   - total: the expected total, if known; without it the bar shows a count and rate.
    init(_ label: String, total: Int?) {
        self.label = label
        self.total = total
        self.enabled = isatty(STDERR_FILENO) == 1
    }

    /// Reports progress; `fraction` overrides `done / total` when given (a file's bytes read).
    func update(_ done: Int, fraction: Double? = nil) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let draw = state.withLock { state in
            guard now - state.lastDraw >= .milliseconds(100) else { return false }
            state.lastDraw = now
            state.drew = true
            return true
        }
        guard draw else { return }
        let seconds = max(0.001, (now - start).seconds)
        let rate = Int(Double(done) / seconds)
        var line = "\r"
        if let share = fraction ?? total.map({ Double(done) / Double(max($0, 1)) }) {
            let width = 30
            let filled = Int((min(1, share) * Double(width)).rounded())
            line += "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
            line += "\(Int(min(1, share) * 100))% "
        }
        line += "\(done) \(label) (\(rate)/s)   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the line.
    func finish() {
        guard enabled, state.withLock({ $0.drew }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
