import ConfidantStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary file of ``BlockingKeySorter/Row``s that no other process can open and
/// that vanishes when closed, or when the process dies: it is unlinked as soon as it is created.
///
/// Used by one thread at a time: ``RunSpiller``'s thread writes it, and the import's writer
/// reads it back only once every spill is done.
final class ScratchFile {
    private let descriptor: Int32
    /// How many rows the file holds.
    private(set) var rowCount = 0

    init() throws {
        // mkstemp's template: it replaces the six X's with a unique name and creates the file.
        var path = Array((FileManager.default.temporaryDirectory.path + "/confidant-import-XXXXXX").utf8CString)
        let descriptor = path.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else {
            throw StoreError.unavailable("a scratch file for the import could not be created")
        }
        _ = path.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { unlink($0) } }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Appends rows at the end of the file.
    func append(_ rows: [BlockingKeySorter.Row]) throws {
        try rows.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let written = pwrite(
                    descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done,
                    off_t((rowCount * Self.rowSize) + done))
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    throw StoreError.unavailable("the import's scratch file could not be written (is the disk full?)")
                }
                done += written
            }
        }
        rowCount += rows.count
    }

    /// Reads the rows at positions `rows`.
    func read(_ rows: Range<Int>) throws -> [BlockingKeySorter.Row] {
        var result = [BlockingKeySorter.Row](repeating: .init(key: 0, nhsNumber: 0), count: rows.count)
        try result.withUnsafeMutableBytes { bytes in
            var done = 0
            while done < bytes.count {
                let read = pread(
                    descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done,
                    off_t((rows.lowerBound * Self.rowSize) + done))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else {
                    throw StoreError.unavailable("the import's scratch file could not be read")
                }
                done += read
            }
        }
        return result
    }

    private static let rowSize = MemoryLayout<BlockingKeySorter.Row>.stride
}
