import ConfidantCore
import Testing

@testable import ConfidantTrace

@Suite struct TraceQueryTests {
    @Test func parsesRawFieldsAndTreatsBlanksAsAbsent() throws {
        let query = try TraceQuery(
            nhsNumber: "943 476 5919", givenNames: " Mr John ", familyName: "O'Brien", birthDate: "7 March 1980",
            gender: "M", postcode: "ls1 4hr", addressLine1: "", gpPractice: "b86024")
        #expect(query.nhsNumber?.description == "9434765919")
        #expect(query.givenNames == "Mr John")
        #expect(query.birthDate == (try CalendarDate(year: 1980, month: 3, day: 7)))
        #expect(query.gender == .male)
        #expect(query.postcode?.description == "LS1 4HR")
        #expect(query.addressLine1 == nil)
        #expect(query.gpPractice?.value == "B86024")
    }

    @Test(arguments: [
        ("nhs_number", TraceQueryTests.raw(nhs: "943 476 5910")),
        ("birth_date", TraceQueryTests.raw(date: "31/02/1980")),
        ("birth_date", TraceQueryTests.raw(date: "2031-01-01")),
        ("gender", TraceQueryTests.raw(gender: "maybe")),
        ("postcode", TraceQueryTests.raw(postcode: "QX77")),
        ("gp_practice", TraceQueryTests.raw(gp: "RR8")),
    ])
    func reportsWhichFieldIsBadWithoutEchoingIt(field: String, fields: [String?]) {
        do {
            _ = try TraceQuery(
                nhsNumber: fields[0], familyName: "Smith", birthDate: fields[1], gender: fields[2], postcode: fields[3],
                gpPractice: fields[4], referenceDate: Fixture.referenceDate)
            Issue.record("expected \(field) to be rejected")
        } catch let error as TraceError {
            #expect(error.code == .invalidField)
            #expect(error.field == field)
            for value in fields.compactMap({ $0 }) where value != "Smith" {
                #expect(!error.description.contains(value))
            }
        } catch {
            Issue.record("expected a TraceError, got \(error)")
        }
    }

    static func raw(
        nhs: String? = nil, date: String? = "1980-03-07", gender: String? = nil, postcode: String? = nil,
        gp: String? = nil
    ) -> [String?] {
        [nhs, date, gender, postcode, gp]
    }

    @Test func theMinimumToSearchFollowsPDS() {
        let date = Fixture.date("1980-03-07")
        let postcode = try? Postcode("LS1 4HR")
        #expect(TraceQuery(familyName: "Smith", birthDate: date).sufficiency == .sufficient)
        #expect(TraceQuery(givenNames: "John", birthDate: date, postcode: postcode).sufficiency == .sufficient)
        #expect(TraceQuery(nhsNumber: Fixture.nhsNumber(1), birthDate: date).sufficiency == .sufficient)
        #expect(TraceQuery(nhsNumber: Fixture.nhsNumber(1), familyName: "Smith").sufficiency == .sufficient)
        #expect(TraceQuery(givenNames: "John", familyName: "Smith").sufficiency != .sufficient)
        #expect(TraceQuery(givenNames: "John", birthDate: date).sufficiency != .sufficient)
        #expect(TraceQuery(familyName: "  ", birthDate: date).sufficiency != .sufficient)
        #expect(TraceQuery(nhsNumber: Fixture.nhsNumber(1)).sufficiency != .sufficient)
    }

    @Test func aQueryUsesLocationWhenItNamesAPostcodeAnAddressOrAGP() throws {
        #expect(!TraceQuery(familyName: "Smith").usesLocation)
        #expect(TraceQuery(familyName: "Smith", postcode: try Postcode("LS1 4HR")).usesLocation)
        #expect(TraceQuery(familyName: "Smith", addressLine1: "12 High Street").usesLocation)
        #expect(!TraceQuery(familyName: "Smith", addressLine1: " , ").usesLocation)
        #expect(TraceQuery(familyName: "Smith", gpPractice: try ODSCode(practice: "B86024")).usesLocation)
    }
}
