import ConfidantCore
import Foundation
import PropertyBased
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "1930-01-01", "2026-12-31"])
    func acceptsRealDates(_ text: String) throws {
        #expect(try CalendarDate(iso: text).description == text)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00"])
    func refusesImpossibleDates(_ text: String) {
        #expect(throws: CalendarDateError.impossible) { try CalendarDate(iso: text) }
    }

    @Test(arguments: ["24-02-29", "2024/02/29", "29-02-2024", "2024-2-9", "", "2024-02-2x"])
    func refusesOtherShapes(_ text: String) {
        #expect(throws: CalendarDateError.malformed) { try CalendarDate(iso: text) }
    }

    @Test func daysSinceEpochRoundTrips() async {
        await propertyCheck(input: Gen.int(in: -700_000...2_900_000)) { days in
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect((try? CalendarDate(iso: date.description)) == date)
        }
    }

    @Test func orderFollowsTheCalendar() async {
        await propertyCheck(input: Gen.int(in: -100_000...100_000), Gen.int(in: -100_000...100_000)) { a, b in
            #expect((CalendarDate(daysSinceEpoch: a) < CalendarDate(daysSinceEpoch: b)) == (a < b))
        }
    }

    @Test func epochIsTheFirstOfJanuary1970() throws {
        #expect(CalendarDate(daysSinceEpoch: 0) == (try CalendarDate(year: 1970, month: 1, day: 1)))
        #expect(try CalendarDate(iso: "2000-03-01").adding(days: -1).description == "2000-02-29")
    }
}
