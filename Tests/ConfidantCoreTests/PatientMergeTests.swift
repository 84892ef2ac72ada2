import ConfidantCore
import Foundation
import Testing

@Suite struct PatientMergeTests {
    static func date(_ text: String) -> CalendarDate {
        (try? CalendarDate(iso: text)) ?? CalendarDate(daysSinceEpoch: 0)
    }
    func date(_ text: String) -> CalendarDate { Self.date(text) }

    static func patient() throws -> Patient {
        Patient(
            nhsNumber: try NHSNumber("9434765919"),
            names: [PersonName(use: .usual, given: ["Grace"], family: "Hopper")],
            birthDate: date("1980-12-09"), gender: .female,
            addresses: [
                Address(
                    lines: ["1 High Street"], postcode: try Postcode("LS1 1AA"),
                    period: Period(start: date("2010-01-01")))
            ],
            objections: [Objection(kind: .type1)]
        )
    }

    @Test func newAddressBecomesANewPeriod() throws {
        let old = try Self.patient()
        var new = old
        new.addresses = [
            Address(lines: ["9 Low Road"], postcode: try Postcode("M1 1AE"), period: Period(start: date("2025-06-01")))
        ]
        let merged = old.merging(new, on: date("2026-01-10"))
        #expect(merged.addresses.count == 2)
        #expect(merged.addresses[0].period == Period(start: date("2010-01-01"), end: date("2025-05-31")))
        #expect(merged.currentAddress?.postcode == (try Postcode("M1 1AE")))
    }

    @Test func addressWithoutStartClosesOnTheImportDay() throws {
        let old = try Self.patient()
        var new = old
        new.addresses = [Address(lines: ["9 Low Road"], postcode: try Postcode("M1 1AE"))]
        let merged = old.merging(new, on: date("2026-01-10"))
        #expect(merged.addresses[0].period.end == date("2026-01-10"))
    }

    @Test func sameAddressIsNotDuplicated() throws {
        let old = try Self.patient()
        let merged = old.merging(old, on: date("2026-01-10"))
        #expect(merged == old)
    }

    @Test func newSurnameKeepsTheOldOneAsPrevious() throws {
        let old = try Self.patient()
        var new = old
        new.names = [PersonName(use: .usual, given: ["Grace"], family: "Murray")]
        let merged = old.merging(new, on: date("2026-01-10"))
        #expect(merged.usualName?.family == "Murray")
        #expect(merged.previousNames.map(\.family) == ["Hopper"])
        #expect(merged.previousNames.first?.period.end == date("2026-01-10"))
    }

    @Test func objectionsAreNeverLost() throws {
        let old = try Self.patient()
        var new = old
        new.objections = [Objection(kind: .nationalDataOptOut)]
        let merged = old.merging(new, on: date("2026-01-10"))
        #expect(merged.hasObjection(.type1))
        #expect(merged.hasObjection(.nationalDataOptOut))
    }

    @Test func deathDateIsKept() throws {
        var old = try Self.patient()
        old.deathDate = date("2025-02-02")
        var new = old
        new.deathDate = nil
        #expect(old.merging(new, on: date("2026-01-10")).deathDate == date("2025-02-02"))
    }

    @Test func validationNamesTheField() throws {
        var patient = try Self.patient()
        patient.deathDate = date("1970-01-01")
        #expect(patient.validationProblems().map(\.field) == ["death_date"])
        patient.names = []
        #expect(patient.validationProblems().map(\.field).contains("names"))
    }
}
