import Foundation
import Testing

@testable import ConfidantRegistryIO

@Suite struct CSVRecordReaderTests {
    static func records(_ text: String) throws -> (records: [[String]], lines: [Int]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID()).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = CSVRecordReader(handle: try FileHandle(forReadingFrom: url))
        var records: [[String]] = []
        var lines: [Int] = []
        while true {
            let line = reader.line
            guard let record = try reader.next() else { break }
            records.append(record)
            lines.append(line)
        }
        return (records, lines)
    }

    @Test func rfc4180Quoting() throws {
        let result = try Self.records("a,\"b,c\",\"d \"\"e\"\"\"\r\n\"multi\nline\",,x\n")
        #expect(result.records == [["a", "b,c", "d \"e\""], ["multi\nline", "", "x"]])
        #expect(result.lines == [1, 2])
    }

    @Test func lineNumbersCountBreaksInsideQuotes() throws {
        let result = try Self.records("h\n\"one\ntwo\nthree\"\nnext\n")
        #expect(result.lines == [1, 2, 5])
    }

    @Test func recordsAcrossBufferBoundaries() throws {
        // Over 3 MiB of records with fields of every length, so fields straddle the
        // reader's 1 MiB chunks, quoted and unquoted.
        var expected: [[String]] = []
        var text = ""
        var seed: UInt64 = 7
        while text.utf8.count < 3 << 20 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 50) % 300
            let plain = String(repeating: "x", count: length)
            let quoted = "a,\"b\"" + String(repeating: "é", count: length % 7)
            expected.append([plain, quoted, "\(length)"])
            text += plain + ",\"a,\"\"b\"\"" + String(repeating: "é", count: length % 7) + "\",\(length)\r\n"
        }
        #expect(try Self.records(text).records == expected)
    }

    @Test func lastRecordWithoutNewline() throws {
        #expect(try Self.records("a,b\nc,d").records == [["a", "b"], ["c", "d"]])
    }

    @Test(arguments: [
        ("a,\"b", "a quoted field is never closed"),
        ("a,\"b\"c", "text after a closing quote"),
        ("a,b\"c", "a quote inside a field that is not quoted"),
    ])
    func malformedQuotingIsAnError(_ text: String, _ message: String) throws {
        do {
            _ = try Self.records(text)
            Issue.record("accepted malformed CSV")
        } catch let failure as CSVRecordReader.Failure {
            #expect(failure.message.hasPrefix(message))
            #expect(failure.field == 2)
        }
    }

    @Test func invalidUTF8IsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID()).csv")
        try Data([0x61, 0x2C, 0xFF, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = CSVRecordReader(handle: try FileHandle(forReadingFrom: url))
        #expect(throws: CSVRecordReader.Failure.self) { try reader.next() }
    }
}
