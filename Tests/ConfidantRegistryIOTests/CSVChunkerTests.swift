import Foundation
import PropertyBased
import Testing

@testable import ConfidantRegistryIO

/// Cutting a CSV file into chunks of whole records, for parsing on several threads.
@Suite struct CSVChunkerTests {
    /// Records and their lines up to the first failure, and that failure, as one reader sees them.
    struct Parsed: Equatable {
        var records: [[String]] = []
        var lines: [Int] = []
        var failure: String?

        /// Reads records from `reader` until its end or its first failure.
        mutating func read(_ reader: CSVRecordReader) {
            do {
                while true {
                    let line = reader.line
                    guard let record = try reader.next() else { return }
                    records.append(record)
                    lines.append(line)
                }
            } catch let failure as CSVRecordReader.Failure {
                self.failure =
                    "line \(failure.line), field \(failure.field.map(String.init) ?? "-"): \(failure.message)"
            } catch {
                self.failure = "\(error)"
            }
        }
    }

    static func file(_ bytes: [UInt8]) throws -> (FileHandle, URL) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID()).csv")
        try Data(bytes).write(to: url)
        return (try FileHandle(forReadingFrom: url), url)
    }

    /// The file read whole, by one reader.
    static func whole(_ bytes: [UInt8]) throws -> Parsed {
        let (handle, url) = try file(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        var parsed = Parsed()
        parsed.read(CSVRecordReader(handle: handle))
        return parsed
    }

    /// The file cut into chunks, each read by a reader of its own, as the parsing threads do.
    static func chunked(_ bytes: [UInt8], size: Int, pending: Int = 0) throws -> (parsed: Parsed, chunks: Int) {
        let (handle, url) = try file(Array(bytes[pending...]))
        defer { try? FileManager.default.removeItem(at: url) }
        let chunker = CSVChunker(handle: handle, pending: Array(bytes[..<pending]), line: 1, size: size)
        var parsed = Parsed()
        var count = 0
        while parsed.failure == nil, let chunk = try chunker.next() {
            count += 1
            parsed.read(CSVRecordReader(bytes: chunk.bytes, line: chunk.line))
        }
        return (parsed, count)
    }

    /// Text of quotes, separators and line breaks of every kind, mostly not valid CSV: the
    /// chunks must give the same records, lines and first failure as one reader of the whole.
    @Test func chunksReadAsTheWholeFile() async throws {
        let piece = Gen<String?>.element(of: ["a", "é", ",", "\"", "\"", "\n", "\r", "\r\n"]).map { $0 ?? "" }
        let text = piece.array(of: 0...120).map { $0.joined() }
        await propertyCheck(count: 300, input: text, Gen.int(in: 1...40), Gen.int(in: 0...3)) { text, size, pending in
            let bytes = Array(text.utf8)
            let whole = try Self.whole(bytes)
            let chunked = try Self.chunked(bytes, size: size, pending: min(pending, bytes.count))
            #expect(chunked.parsed == whole, "\(Array(text.utf8))")
        }
    }

    @Test func cutsAfterRecordBreaksOutsideQuotes() throws {
        let bytes = Array("a,b\n\"c\nd\",e\r\nf\rg\n".utf8)
        let (handle, url) = try Self.file(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        let chunker = CSVChunker(handle: handle, pending: [], line: 1, size: 1)
        var chunks: [(String, Int)] = []
        while let chunk = try chunker.next() {
            chunks.append((String(decoding: chunk.bytes, as: UTF8.self), chunk.line))
        }
        #expect(chunks.map(\.0) == ["a,b\n", "\"c\nd\",e\r\n", "f\r", "g\n"])
        #expect(chunks.map(\.1) == [1, 2, 4, 5])
    }

    @Test func aCarriageReturnEndingAReadWaitsForTheNextByte() throws {
        // "a\r" then "\nb": a break of two bytes split between two reads is still one line.
        let chunked = try Self.chunked(Array("a\r\nb\n".utf8), size: 2)
        #expect(chunked.parsed.records == [["a"], ["b"]])
        #expect(chunked.parsed.lines == [1, 2])
    }

    @Test func largeFilesAreCutIntoManyChunksOfWholeRecords() throws {
        var text = ""
        for index in 0..<2_000 { text += "\(index),\"x\n\(index)\",y\r\n" }
        let bytes = Array(text.utf8)
        let chunked = try Self.chunked(bytes, size: 1_000)
        #expect(chunked.chunks > 30)
        #expect(chunked.parsed == (try Self.whole(bytes)))
        #expect(chunked.parsed.lines.last == 3_999)
    }
}
