import ConfidantCore
import Testing

@testable import ConfidantTrace

@Suite struct DateParserTests {
    @Test(arguments: [
        "1980-03-07", "1980/03/07", "07/03/1980", "7/3/1980", "7-3-1980", "7.3.1980", "07031980", "19800307",
        "7 March 1980", "7th March 1980", "7 Mar 1980", "07-Mar-1980", "March 7, 1980", "7 MARCH 1980",
        "1980 March 7",
    ])
    func readsTheCommonWaysOfWritingADate(text: String) {
        #expect(DateParser.parse(text) == (try? CalendarDate(year: 1980, month: 3, day: 7)))
    }

    @Test func twoDigitYearsNeedAReferenceDateAndAreNeverInTheFuture() throws {
        let today = try CalendarDate(year: 2025, month: 6, day: 1)
        #expect(DateParser.parse("7 Mar 80") == nil)
        #expect(DateParser.parse("7 Mar 80", referenceDate: today) == (try CalendarDate(year: 1980, month: 3, day: 7)))
        #expect(DateParser.parse("7/3/19", referenceDate: today) == (try CalendarDate(year: 2019, month: 3, day: 7)))
        #expect(DateParser.parse("7/3/26", referenceDate: today) == (try CalendarDate(year: 1926, month: 3, day: 7)))
        #expect(DateParser.parse("070380", referenceDate: today) == (try CalendarDate(year: 1980, month: 3, day: 7)))
    }

    @Test func aMiddleNumberAboveTwelveIsReadMonthFirst() throws {
        #expect(DateParser.parse("03/17/1980") == (try CalendarDate(year: 1980, month: 3, day: 17)))
        #expect(DateParser.parse("17/03/1980") == (try CalendarDate(year: 1980, month: 3, day: 17)))
    }

    @Test(arguments: ["", "yesterday", "31/02/1980", "1980-13-01", "7 Marchh 1980", "1/2", "12345", "7 March 1980 1"])
    func rejectsWhatIsNotADate(text: String) {
        #expect(DateParser.parse(text) == nil)
    }
}
