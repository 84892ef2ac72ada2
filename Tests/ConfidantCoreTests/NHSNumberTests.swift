import ConfidantCore
import Foundation
import PropertyBased
import Testing

@Suite struct NHSNumberTests {
    @Test(arguments: ["9434765919", "943 476 5919", "943-476-5919"])
    func acceptsTheWaysPeopleWriteIt(_ text: String) throws {
        let number = try NHSNumber(text)
        #expect(number.description == "9434765919")
        #expect(number.formatted == "943 476 5919")
    }

    @Test(arguments: [
        ("943476591", NHSNumberError.wrongLength),
        ("94347659190", .wrongLength),
        ("", .wrongLength),
        ("94347659I9", .nonDigit),
        ("9434 765919", .misplacedSeparator),
        ("9434765918", .checkDigitMismatch),
        ("1000000010", .noValidCheckDigit),
    ])
    func refusesWithTheReason(_ text: String, _ reason: NHSNumberError) {
        #expect(throws: reason) { try NHSNumber(text) }
    }

    @Test func errorMessagesNeverRepeatTheNumber() {
        do {
            _ = try NHSNumber("9434765918")
            Issue.record("an invalid number was accepted")
        } catch {
            #expect(!error.description.contains("9434765918"))
        }
    }

    @Test func checkDigitTenMeansNoValidNumber() {
        let prefixes: [UInt64] = (100_000_000..<100_000_200).filter { NHSNumber.completing(prefix: $0) == nil }
        #expect(!prefixes.isEmpty)
        for prefix in prefixes {
            for last in 0...9 {
                #expect(throws: NHSNumberError.self) { try NHSNumber(value: prefix * 10 + UInt64(last)) }
            }
        }
    }

    @Test func exactlyOneCheckDigitIsValid() async {
        await propertyCheck(input: Gen.int(in: 0...999_999_999)) { prefix in
            let valid = (0...9).filter { (try? NHSNumber(value: UInt64(prefix) * 10 + UInt64($0))) != nil }
            if let completed = NHSNumber.completing(prefix: UInt64(prefix)) {
                #expect(valid == [Int(completed.value % 10)])
            } else {
                #expect(valid.isEmpty)
            }
        }
    }

    /// The modulus 11 rule written out digit by digit, as the NHS data dictionary gives it,
    /// to hold the parser's arithmetic to.
    @Test func agreesWithTheModulus11RuleAsWritten() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...9_999_999_999)) { value in
            let text = String(repeating: "0", count: 10 - String(value).count) + String(value)
            let digits = text.map { Int(String($0))! }
            let sum = zip(digits.prefix(9), [10, 9, 8, 7, 6, 5, 4, 3, 2]).map(*).reduce(0, +)
            let check = 11 - sum % 11
            let valid = check == 11 ? digits[9] == 0 : check != 10 && digits[9] == check
            #expect(((try? NHSNumber(value: UInt64(value))) != nil) == valid)
            #expect(((try? NHSNumber(text)) != nil) == valid)
        }
    }

    @Test func textRoundTrips() async {
        await propertyCheck(input: Gen.int(in: 0...999_999_999)) { prefix in
            guard let number = NHSNumber.completing(prefix: UInt64(prefix)) else { return }
            #expect((try? NHSNumber(number.description)) == number)
            #expect((try? NHSNumber(number.formatted)) == number)
        }
    }
}
