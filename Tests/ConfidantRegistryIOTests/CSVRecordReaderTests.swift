import Foundation
import PropertyBased
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

    /// Letters, a digit, a space, an accent and every byte the reader stops at (comma, quote,
    /// line feed and carriage return), so that fields of every length cross the reader's
    /// eight-byte words with and without a delimiter in them.
    static let character = Gen<Character?>.element(of: Array("abXY7 é,\"\n\r") as [Character]).map { $0! }

    /// Any records written out as RFC 4180 says (a field with a comma, quote or line break
    /// quoted, its quotes doubled) read back as they were, with the reused array of
    /// `next(into:)` as with `next()`, whatever the width of the record before.
    @Test func readsBackWhatWasWritten() async throws {
        let field = Self.character.string(of: 0...20)
        let records = field.array(of: 1...6).array(of: 1...8)
        await propertyCheck(count: 300, input: records, Gen.bool) { records, crlf in
            let text =
                records.map { fields in
                    fields.map { field in
                        // By byte: "\r\n" is one `Character`, equal to neither "\r" nor "\n".
                        field.utf8.contains(where: { Array(",\"\n\r".utf8).contains($0) })
                            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                    }.joined(separator: ",")
                }.joined(separator: crlf ? "\r\n" : "\n") + "\n"
            // A record of one empty field is a blank line, which the reader reads as one.
            #expect((try? Self.records(text).records) == records)
            let reader = CSVRecordReader(bytes: Array(text.utf8))
            var fields: [String] = []
            var read: [[String]] = []
            while (try? reader.next(into: &fields)) == true { read.append(fields) }
            #expect(read == records)
        }
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
