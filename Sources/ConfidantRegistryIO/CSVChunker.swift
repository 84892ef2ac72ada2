import Foundation

/// Cuts a CSV byte stream into chunks of whole records, each with the line it starts on, so
/// that several threads can parse a file at once (``CSVRecordReader/init(bytes:line:)``).
///
/// A chunk ends after a record's line break: one outside quotes, found by following the
/// quotes from a record's start. A record that breaks the quoting rules is cut wherever
/// the quotes say, which is harmless: its chunk holds it from its first byte, so the parser
/// of that chunk meets and reports it before anything the cut could have misplaced.
/// Lines are counted as ``CSVRecordReader`` counts them: `\r\n`, `\n` and `\r` each end
/// one line, and a `\n` inside a quoted field is a line too.
final class CSVChunker {
    /// Whole records and the line the first one starts on.
    struct Chunk {
        var bytes: [UInt8]
        var line: Int
    }

    private let handle: FileHandle
    /// Bytes read but not yet handed out: the start of a record not yet complete.
    private var pending: [UInt8]
    /// The line `pending` starts on.
    private var line: Int
    private var atEnd = false
    /// Bytes a chunk aims at: it ends at the last record break within them.
    private let size: Int
    /// Bytes consumed so far (handed out in chunks), for progress.
    private(set) var bytesRead = 0

    /// A longest record, beyond which the bytes are handed over as they are: only a quote never
    /// closed makes one, and the parser then reports it.
    static let longestRecord = 1 << 26

    /// - Parameters:
    ///   - handle: the file, positioned after `pending`.
    ///   - pending: bytes already read from the file, from the start of a record.
    ///   - line: the line `pending` starts on.
    ///   - size: bytes a chunk aims at.
    init(handle: FileHandle, pending: [UInt8], line: Int, size: Int = 1 << 20) {
        self.handle = handle
        self.pending = pending
        self.line = line
        self.size = size
    }

    /// The next chunk, or `nil` at the end of the file.
    ///
    /// - Throws: ``CSVRecordReader/Failure`` if the file cannot be read.
    func next() throws -> Chunk? {
        while pending.count < size, !atEnd { try read() }
        while true {
            // The last chunk is whatever is left, ending with a line break or not.
            if atEnd { return take(pending.count, lines: 0) }
            let cut = Self.scan(pending, upTo: size)
            if cut.end > 0 { return take(cut.end, lines: cut.lines) }
            // No break yet: a record longer than a chunk. Read on, up to a bound.
            if pending.count >= Self.longestRecord { return take(pending.count, lines: cut.scannedLines) }
            try read()
        }
    }

    /// Hands out `pending`'s first `end` bytes, which hold `lines` lines.
    private func take(_ end: Int, lines: Int) -> Chunk? {
        guard end > 0 else { return nil }
        let chunk = Chunk(bytes: Array(pending[..<end]), line: line)
        pending.removeFirst(end)
        line += lines
        bytesRead += end
        return chunk
    }

    private func read() throws {
        let data: Data?
        do {
            data = try handle.read(upToCount: size)
        } catch {
            throw CSVRecordReader.Failure(line: line, field: nil, message: "the file could not be read")
        }
        guard let data, !data.isEmpty else {
            atEnd = true
            return
        }
        pending.append(contentsOf: data)
    }

    /// Where a chunk of `bytes` can end, and how many lines it holds.
    struct Scan {
        /// Bytes up to and including a record break; 0 when there is none.
        var end = 0
        /// Lines up to `end`.
        var lines = 0
        /// Lines in all the bytes scanned (for a chunk cut without a break).
        var scannedLines = 0
    }

    /// Follows the quotes from the start of `bytes`, a record's start, to the first record
    /// break at or past `limit`, or the last one before it if the bytes hold no later one.
    ///
    /// A `\r` as the very last byte is not taken as a break: a `\n` may follow it in the
    /// next read, and `\r\n` is one line.
    static func scan(_ bytes: [UInt8], upTo limit: Int) -> Scan {
        bytes.withUnsafeBufferPointer { bytes in
            var found = Scan()
            var lines = 0
            var quoted = false
            var index = 0
            while index < bytes.count, found.end < limit {
                let byte = bytes[index]
                index += 1
                switch byte {
                case quote:
                    quoted.toggle()
                case newline:
                    lines += 1
                    if !quoted { found = Scan(end: index, lines: lines) }
                case carriageReturn where !quoted:
                    guard index < bytes.count else { break }
                    if bytes[index] == newline { index += 1 }
                    lines += 1
                    found = Scan(end: index, lines: lines)
                default:
                    continue
                }
            }
            found.scannedLines = lines
            return found
        }
    }
}

private let quote = UInt8(ascii: "\"")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
