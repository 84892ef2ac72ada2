import ConfidantCore
import ConfidantRegistryIO
import ConfidantSQLite
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import Testing

/// Every malformed CSV is refused with its line and column, and leaves the registry exactly as it was.
@Suite struct RegistryCSVBadInputTests {
    typealias F = RegistryFileFixture

    /// A bad file, the location its error must name, and words the message must contain.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var csv: String
        var location: String
        var message: String
        var testDescription: String { name }
    }

    static let good = F.goodRow
    static let cases: [Case] = [
        Case(
            name: "unknown column", csv: F.header + ",shoe_size\n" + good + ",42\n", location: "line 1",
            message: "unknown column"),
        Case(
            name: "missing required column",
            csv: F.header.replacingOccurrences(of: ",birth_date", with: "") + "\n",
            location: "line 1, column birth_date", message: "required column is missing"),
        Case(name: "empty file", csv: "", location: "line 1", message: "empty"),
        Case(
            name: "unterminated quote",
            csv: F.header + "\n" + good.replacingOccurrences(of: "Flat 2\"", with: "Flat 2") + "\n"
                + good.replacingOccurrences(of: "9990000026", with: "9990000034"),
            location: "line 2, column address_line1", message: "after a closing quote"),
        Case(
            name: "quote inside a quoted field not doubled",
            csv: F.header + "\n" + good.replacingOccurrences(of: "\"3 Mill", with: "\"3 \"Mill"),
            location: "line 2, column address_line1", message: "after a closing quote"),
        Case(
            name: "quote inside an unquoted field",
            csv: F.header + "\n" + good.replacingOccurrences(of: ",Leeds,", with: ",Le\"eds,"),
            location: "line 2, column address_line2", message: "not quoted"),
        Case(
            name: "too few fields",
            csv: F.header + "\n" + good.replacingOccurrences(of: ",U,", with: ","),
            location: "line 2", message: "expected 19 fields, found 18"),
        Case(
            name: "invalid NHS number",
            csv: F.header + "\n" + good.replacingOccurrences(of: "9990000026", with: "9990000027"),
            location: "line 2, column nhs_number", message: "check digit"),
        Case(
            name: "impossible date",
            csv: F.header + "\n" + good.replacingOccurrences(of: "1984-02-29", with: "1983-02-29"),
            location: "line 2, column birth_date", message: "no such day"),
        Case(
            name: "malformed date",
            csv: F.header + "\n" + good.replacingOccurrences(of: "1984-02-29", with: "29/02/1984"),
            location: "line 2, column birth_date", message: "YYYY-MM-DD"),
        Case(
            name: "unknown gender", csv: F.header + "\n" + good.replacingOccurrences(of: ",male,", with: ",M,"),
            location: "line 2, column gender", message: "unknown code"),
        Case(
            name: "unknown security label", csv: F.header + "\n" + good.replacingOccurrences(of: ",U,", with: ",S,"),
            location: "line 2, column security_label", message: "unknown code"),
        Case(
            name: "malformed postcode",
            csv: F.header + "\n" + good.replacingOccurrences(of: "LS6 2AB", with: "LS6 22B"),
            location: "line 2, column postcode", message: "UK postcode"),
        Case(
            name: "duplicate NHS number", csv: F.header + "\n" + good + "\n" + good,
            location: "line 3, column nhs_number", message: "already appeared"),
        Case(
            name: "death before birth",
            csv: F.header + "\n" + good.replacingOccurrences(of: "male,,", with: "male,1970-01-01,"),
            location: "line 2, column death_date", message: "before the birth date"),
        Case(
            name: "malformed email",
            csv: F.header + "\n" + good.replacingOccurrences(of: "oliver@example.org", with: "oliver.example.org"),
            location: "line 2, column email", message: "name@example.org"),
        Case(
            name: "malformed phone",
            csv: F.header + "\n" + good.replacingOccurrences(of: "0113 496 0001", with: "0113 CALL ME"),
            location: "line 2, column phone", message: "7 to 15 digits"),
        Case(
            name: "unknown objection",
            csv: F.header + "\n" + good + "opt-out",
            location: "line 2, column objections", message: "unknown objection"),
        Case(
            name: "ASCII control character",
            csv: F.header + "\n" + good.replacingOccurrences(of: ",Leeds,", with: ",Le\u{7}eds,"),
            location: "line 2, column address_line2", message: "control characters"),
        Case(
            name: "Unicode control character",
            csv: F.header + "\n" + good.replacingOccurrences(of: ",Leeds,", with: ",Léeds\u{85},"),
            location: "line 2, column address_line2", message: "control characters"),
        Case(
            name: "a cell of spaces where a value is required",
            csv: F.header + "\n" + good.replacingOccurrences(of: ",Taylor,", with: ",   ,"),
            location: "line 2, column family_name", message: "required"),
        Case(
            name: "missing family name", csv: F.header + "\n" + good.replacingOccurrences(of: ",Taylor,", with: ",,"),
            location: "line 2, column family_name", message: "required"),
    ]

    /// Each file read as one chunk, and cut into chunks of about a record (7 bytes: the first
    /// record break after that), which the parsing threads read in parallel.
    @Test(arguments: cases, [1 << 20, 7])
    func refusedWithLocationAndNothingChanged(_ bad: Case, chunkSize: Int) async throws {
        let fixture = try await F.make()
        defer { fixture.remove() }
        let error = try #require(await fixture.importCSV(bad.csv, chunkSize: chunkSize) as? RegistryFileError)
        #expect(error.location.description == bad.location)
        #expect(error.message.contains(bad.message), "\(error.message)")
        #expect(try await fixture.isUnchanged())
    }

    @Test func errorsNeverRepeatTheValue() async throws {
        let fixture = try await F.make(seeded: 1)
        defer { fixture.remove() }
        let csv = F.header + "\n" + F.goodRow.replacingOccurrences(of: "LS6 2AB", with: "ZZSECRET9")
        let error = try #require(await fixture.importCSV(csv))
        #expect(!String(describing: error).contains("ZZSECRET9"))
    }

    /// The first problem in the file is the one reported, whichever parsing thread reads it
    /// first: a number repeated in a later chunk before a bad row further on, and a bad row
    /// before a repeat.
    @Test(arguments: [64, 4_096])
    func theFirstProblemInTheFileIsReported(chunkSize: Int) async throws {
        let fixture = try await F.make(seeded: 0)
        defer { fixture.remove() }
        let rows = Fixtures.registry.patients(in: 6_000..<6_200).map {
            String(decoding: RegistryCSVWriter.rows([$0]), as: UTF8.self).trimmingCharacters(in: .newlines)
        }
        let badDate = F.goodRow.replacingOccurrences(of: "1984-02-29", with: "1984-13-01")
        // Line 2 holds rows[0]; its repeat is on line 152, the bad row on line 182.
        let repeatFirst = [F.header] + rows[..<150] + [rows[0]] + rows[150..<180] + [badDate]
        let repeated = try #require(
            await fixture.importCSV(repeatFirst.joined(separator: "\n"), chunkSize: chunkSize) as? RegistryFileError)
        #expect(repeated.location.description == "line 152, column nhs_number")
        let badFirst = [F.header] + rows[..<150] + [badDate] + rows[150..<180] + [rows[0]]
        let bad = try #require(
            await fixture.importCSV(badFirst.joined(separator: "\n"), chunkSize: chunkSize) as? RegistryFileError)
        #expect(bad.location.description == "line 152, column birth_date")
        #expect(try await fixture.store.patientCount() == 0)
    }

    @Test func badRowAfterManyGoodBatchesRollsEverythingBack() async throws {
        let fixture = try await F.make()
        defer { fixture.remove() }
        var lines = [F.header]
        for patient in Fixtures.registry.patients(in: 5_000..<5_300) {
            lines.append(
                String(decoding: RegistryCSVWriter.rows([patient]), as: UTF8.self).trimmingCharacters(in: .newlines))
        }
        lines.append(F.goodRow.replacingOccurrences(of: "1984-02-29", with: "1984-13-01"))
        let error = try #require(
            await fixture.importCSV(lines.joined(separator: "\n"), chunkSize: 4_096) as? RegistryFileError)
        #expect(error.location.description == "line 302, column birth_date")
        #expect(try await fixture.isUnchanged())
    }
}
