import ConfidantCore
import ConfidantRegistryIO
import ConfidantSQLite
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import Testing

/// What export writes, import reads back.
@Suite struct RegistryRoundTripTests {
    @Test func fhirRoundTripsFullHistory() throws {
        let patients = Fixtures.registry.patients(in: 0..<500)
        var data = RegistryFHIRWriter.opening()
        data.append(try RegistryFHIRWriter.entries(Array(patients[..<200]), first: true))
        data.append(try RegistryFHIRWriter.entries(Array(patients[200...]), first: false))
        data.append(RegistryFHIRWriter.closing())
        let source = try RegistryFHIRSource(data: data, batchSize: 1_000)
        let read = try source.nextBatch() ?? []
        #expect(read.count == patients.count)
        for (original, copy) in zip(patients, read) {
            // Service usage is not part of the FHIR Patient resource.
            var expected = original
            expected.serviceUsage = []
            #expect(copy == expected)
            if copy != expected { break }
        }
    }

    /// Read as one chunk, and cut into many (a few records each) that several threads parse
    /// at once: the patients come back complete and in file order either way.
    @Test(arguments: [1 << 20, 500])
    func csvRoundTripsCurrentState(chunkSize: Int) async throws {
        let fixture = try await RegistryFileFixture.make(seeded: 0)
        defer { fixture.remove() }
        let patients = Fixtures.registry.patients(in: 0..<500)
        var data = RegistryCSVWriter.header()
        data.append(RegistryCSVWriter.rows(patients))
        let source = try RegistryCSVSource(
            path: try fixture.file("all.csv", String(decoding: data, as: UTF8.self)), chunkSize: chunkSize, workers: 3)
        var read: [Patient] = []
        var batches = 0
        while let batch = try source.nextBatch() {
            read += batch
            batches += 1
        }
        #expect(chunkSize > data.count || batches > 50)
        #expect(read.count == patients.count)
        for (original, copy) in zip(patients, read) {
            #expect(copy.nhsNumber == original.nhsNumber)
            #expect(copy.usualName?.given == original.usualName?.given)
            #expect(copy.usualName?.family == original.usualName?.family)
            #expect(copy.previousNames.map(\.family) == original.previousNames.map(\.family))
            #expect(copy.birthDate == original.birthDate)
            #expect(copy.gender == original.gender)
            #expect(copy.deathDate == original.deathDate)
            #expect(copy.currentAddress?.lines == original.currentAddress?.lines)
            #expect(copy.currentAddress?.postcode == original.currentAddress?.postcode)
            #expect(copy.gp == original.gp)
            #expect(copy.contact == original.contact)
            #expect(copy.securityLabel == original.securityLabel)
            #expect(copy.objections.map(\.kind) == original.objections.map(\.kind))
        }
    }

    @Test func quotedFieldsWithCommasAndQuotesSurvive() async throws {
        let fixture = try await RegistryFileFixture.make(seeded: 0)
        defer { fixture.remove() }
        var patient = Fixtures.patient()
        patient.addresses = [
            Address(lines: ["Flat 2, \"The Old Mill\"", "Leeds"], postcode: Fixtures.postcode("LS1 5HD"))
        ]
        var data = RegistryCSVWriter.header()
        data.append(RegistryCSVWriter.rows([patient, Fixtures.patient(nhsNumber: "9990000026")]))
        let source = try RegistryCSVSource(path: try fixture.file("quoted.csv", String(decoding: data, as: UTF8.self)))
        let read = try #require(try source.nextBatch())
        #expect(read.count == 2)
        #expect(read[0].currentAddress?.lines == ["Flat 2, \"The Old Mill\"", "Leeds"])
    }

    /// Spaces around a value are trimmed, in ASCII and non-ASCII cells alike.
    @Test func cellsAreTrimmed() async throws {
        let fixture = try await RegistryFileFixture.make(seeded: 0)
        defer { fixture.remove() }
        let padded = RegistryFileFixture.goodRow.replacingOccurrences(of: ",Taylor,", with: ", Taylor ,")
            .replacingOccurrences(of: ",Leeds,", with: ",  Léeds ,")
        let path = try fixture.file("padded.csv", RegistryFileFixture.header + "\n" + padded)
        let read = try #require(try RegistryCSVSource(path: path).nextBatch())
        #expect(read.first?.usualName?.family == "Taylor")
        #expect(read.first?.currentAddress?.lines == ["3 Mill Lane, Flat 2", "Léeds"])
    }

    @Test func lineBreaksInAFieldAreRefused() async throws {
        let fixture = try await RegistryFileFixture.make(seeded: 0)
        defer { fixture.remove() }
        let multiLine = RegistryFileFixture.goodRow.replacingOccurrences(
            of: "\"3 Mill Lane, Flat 2\"", with: "\"3 Mill Lane\nFlat 2\"")
        let error = try #require(
            await fixture.importCSV(RegistryFileFixture.header + "\n" + multiLine) as? RegistryFileError)
        #expect(error.description == "line 2, column address_line1: control characters are not allowed")
    }
}
