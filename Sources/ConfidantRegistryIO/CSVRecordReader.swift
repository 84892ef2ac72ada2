import Foundation

/// A strict, streaming RFC 4180 reader over bytes: the registry import's parser.
///
/// CSV.swift 2.5.2 (the CSV library available here) was tried first and rejected,
/// for reasons measured in `docs/performance.md`: it reports the normal end of a
/// file as a read error, silently accepts and rewrites malformed quoting
/// (`"a"b"` loses a character), gives no line positions, and parses a scalar at a
/// time (about 7 µs a record, beyond the import's whole budget). SwiftCSV reads
/// the whole file into one string, which a 10-million-patient file does not fit.
///
/// This reader works on UTF-8 bytes in 1 MiB chunks, reports the line and field of
/// every malformed record, and counts lines inside quoted fields.
final class CSVRecordReader {
    /// Why a record could not be read.
    struct Failure: Error {
        var line: Int
        var field: Int?
        var message: String
    }

    /// Where more bytes come from; `nil` when the whole input was given at once.
    private let handle: FileHandle?
    /// The bytes being parsed: memory of our own rather than an array, whose every read from
    /// this class's property retained and released it (twice a field, in the hot path).
    private var buffer = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    private var position = 0
    private var atEnd = false
    /// The byte-by-byte path's field buffer, kept between records.
    private var scratch: [UInt8] = []
    /// The line the next record starts on (1-based).
    private(set) var line = 1
    /// Bytes consumed so far, for progress.
    private(set) var bytesRead = 0

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// Reads `bytes` already in memory (an uploaded body, or a chunk of a file).
    ///
    /// - Parameter line: the line the bytes start on, for error messages.
    init(bytes: [UInt8], line: Int = 1) {
        handle = nil
        self.line = line
        replaceBuffer(with: bytes)
    }

    deinit {
        buffer.deallocate()
    }

    /// The bytes read from the file but not yet parsed: where a ``CSVChunker`` takes over
    /// after the header.
    var unparsed: [UInt8] { Array(buffer[position...]) }

    /// The next record's fields, or `nil` at the end of the file.
    ///
    /// - Throws: ``Failure`` for a quote in an unquoted field, text after a closing
    ///   quote, a quoted field never closed, or bytes that are not UTF-8.
    func next() throws -> [String]? {
        var fields: [String] = []
        return try next(into: &fields) ? fields : nil
    }

    /// Reads the next record into `fields`, replacing what it held; `false` at the end of the file.
    ///
    /// For a caller reading many records: reusing one array spares an allocation and the
    /// array's growth (five reallocations for a registry record) on every record.
    ///
    /// - Throws: ``Failure``, as ``next()``.
    func next(into fields: inout [String]) throws -> Bool {
        guard try fill() else {
            fields.removeAll(keepingCapacity: true)
            return false
        }
        // The record's fields overwrite the last record's in place, and only what is left over
        // is removed at the end: emptying the array first and appending again cost a generic
        // `replaceSubrange` and a capacity check a field.
        var filled = 0
        func put(_ text: String) {
            if filled < fields.count { fields[filled] = text } else { fields.append(text) }
            filled += 1
        }
        defer { if fields.count > filled { fields.removeSubrange(filled...) } }
        let startLine = line
        // Moved out and back, so the buffer stays uniquely referenced and keeps its capacity.
        var field: [UInt8] = []
        swap(&field, &scratch)
        field.removeAll(keepingCapacity: true)
        defer { swap(&field, &scratch) }
        var quoted = false
        var wasQuoted = false
        while true {
            if !quoted, field.isEmpty, !wasQuoted, let (text, delimiter) = try scanUnquoted(startLine, filled) {
                put(text)
                if delimiter == comma { continue }
                try endRecord(after: delimiter)
                return true
            }
            guard try fill() else {
                if quoted {
                    throw Failure(line: startLine, field: filled + 1, message: "a quoted field is never closed")
                }
                put(try string(field, startLine, filled))
                return true
            }
            let byte = buffer[position]
            position += 1
            bytesRead += 1
            if quoted {
                if byte == quote {
                    guard try fill(), buffer[position] == quote else {
                        quoted = false
                        continue
                    }
                    position += 1
                    bytesRead += 1
                    field.append(quote)
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case comma:
                put(try string(field, startLine, filled))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            case newline, carriageReturn:
                try endRecord(after: byte)
                put(try string(field, startLine, filled))
                return true
            case quote:
                guard field.isEmpty, !wasQuoted else {
                    throw Failure(
                        line: startLine, field: filled + 1,
                        message: "a quote inside a field that is not quoted (quote the field and double the quote)")
                }
                quoted = true
                wasQuoted = true
            default:
                guard !wasQuoted else {
                    throw Failure(
                        line: startLine, field: filled + 1,
                        message:
                            "text after a closing quote (a quote inside a quoted field must be doubled; is one missing?)"
                    )
                }
                field.append(byte)
            }
        }
    }

    /// The fast path for the common case: an unquoted field wholly inside the buffer.
    ///
    /// - Returns: the field and the delimiter that ended it (consumed), or `nil` when the
    ///   field is quoted or runs past the buffer, for the byte-by-byte path to handle.
    private func scanUnquoted(_ line: Int, _ index: Int) throws -> (String, UInt8)? {
        guard try fill() else { return nil }
        // One read of the property, then a local pointer: no run-time exclusivity check a byte.
        let bytes = buffer
        guard let base = bytes.baseAddress else { return nil }
        var end = position
        // Every byte of the field ORed together, to tell ASCII from the rest.
        var bits: UInt64 = 0
        // Eight bytes at a time while eight remain (SWAR): a word with no delimiter or quote
        // in it is taken whole, else the bytes before the first one are. Byte by byte, the
        // scan was most of this function's time.
        while end &+ 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self))
            let special = Self.specialBytes(word)
            if special == 0 {
                bits |= word
                end += 8
                continue
            }
            let plain = special.trailingZeroBitCount / 8
            bits |= word & ~(UInt64.max << (8 * plain))
            end += plain
            break
        }
        while end < bytes.count {
            let byte = bytes[end]
            if byte == comma || byte == newline || byte == carriageReturn || byte == quote { break }
            bits |= UInt64(byte)
            end += 1
        }
        guard end < bytes.count, bytes[end] != quote else { return nil }
        let text: String
        if bits & 0x8080_8080_8080_8080 == 0 {
            // ASCII, so valid UTF-8: made without `String(validating:)`'s generic path, which
            // cost about a fifth of the parsing thread.
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
        } else {
            text = try string(bytes[position..<end], line, index)
        }
        bytesRead += end + 1 - position
        position = end + 1
        return (text, bytes[end])
    }

    /// The high bit of each byte of `word` that is a comma, a line break or a quote, and of
    /// none before the first such byte (above it there may be false marks, which are never
    /// read: only the lowest mark is).
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(comma))) | zeroBytes(word ^ (ones &* UInt64(newline)))
            | zeroBytes(word ^ (ones &* UInt64(carriageReturn))) | zeroBytes(word ^ (ones &* UInt64(quote)))
    }

    /// The high bit of each zero byte of `word`, exact up to the first zero byte (the borrow
    /// out of it can mark the byte above).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & 0x8080_8080_8080_8080
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Makes sure a byte is available; `false` at the end of the file.
    private func fill() throws -> Bool {
        if position < buffer.count { return true }
        guard !atEnd, let handle else {
            atEnd = true
            return false
        }
        let chunk: Data?
        do {
            chunk = try handle.read(upToCount: 1 << 20)
        } catch {
            throw Failure(line: line, field: nil, message: "the file could not be read")
        }
        guard let chunk, !chunk.isEmpty else {
            atEnd = true
            return false
        }
        replaceBuffer(with: chunk)
        position = 0
        return true
    }

    /// Consumes the line break that ended a record (`\r\n` counts as one) and moves to the next line.
    private func endRecord(after lineBreak: UInt8) throws {
        if lineBreak == carriageReturn, try fill(), buffer[position] == newline {
            position += 1
            bytesRead += 1
        }
        line += 1
    }

    /// Makes `bytes` the buffer, freeing the one before.
    private func replaceBuffer(with bytes: some Collection<UInt8>) {
        buffer.deallocate()
        buffer = .allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
    }

    private func string(_ bytes: some Collection<UInt8>, _ line: Int, _ index: Int) throws -> String {
        // A third of a registry record's fields are empty.
        if bytes.isEmpty { return "" }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(line: line, field: index + 1, message: "not valid UTF-8")
        }
        return text
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

extension RegistryFileError {
    /// A record the CSV reader could not read, at its line and, if known, the column's name.
    init(_ failure: CSVRecordReader.Failure, column: String? = nil) {
        self.init(.csv(line: failure.line, column: column), failure.message)
    }
}
