import Foundation
import Synchronization

/// Where an export goes: standard output, or a file that appears only when complete.
///
/// A file export is written to a temporary file beside the target and renamed
/// into place at the end, so a failed export never leaves a partial file behind.
final class ExportSink: Sendable {
    private let handle: FileHandle
    private let temporary: String?
    private let target: String?

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            target = nil
            return
        }
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { throw CommandFailure("cannot create the output file") }
        self.handle = handle
        self.temporary = temporary
        self.target = path
    }

    func write(_ data: Data) throws {
        do { try handle.write(contentsOf: data) } catch { throw CommandFailure("cannot write the output file") }
    }

    /// Makes the output visible under its name.
    func commit() throws {
        guard let temporary, let target else { return }
        try handle.synchronize()
        try handle.close()
        if FileManager.default.fileExists(atPath: target) { try FileManager.default.removeItem(atPath: target) }
        try FileManager.default.moveItem(atPath: temporary, toPath: target)
    }

    /// Removes the partial output.
    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}

/// A thread-safe running total.
final class Counter: Sendable {
    private let total = Mutex(0)
    /// Adds `count` and returns the new total.
    @discardableResult func add(_ count: Int) -> Int {
        total.withLock {
            $0 += count
            return $0
        }
    }
    var value: Int { total.withLock { $0 } }
}
