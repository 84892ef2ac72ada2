import PropertyBased
import Testing

@testable import ConfidantTrace

/// The hash behind every blocking key, which stored indexes depend on never changing.
@Suite struct StableHashTests {
    static func hash(_ text: String) -> Int64 {
        var hash = StableHash()
        hash.add(text)
        return hash.key
    }

    /// A number is fed as its decimal digits, exactly as if its text were.
    @Test func numbersHashAsTheirDecimalText() async {
        for number in [0, 7, 9, 10, 99, 100, 101, 1_999, 2_026, 1_000_000, Int.max] {
            var hash = StableHash()
            hash.add(number: number)
            #expect(hash.key == Self.hash(String(number)), "\(number)")
        }
        await propertyCheck(count: 500, input: Gen.int(in: -1_000_000_000...Int.max)) { number in
            var hash = StableHash()
            hash.add(number: number)
            #expect(hash.key == Self.hash(String(number)))
        }
    }

    /// 64-bit FNV-1a: the published value for the empty input and for "a".
    @Test func isFNV1a() {
        #expect(UInt64(bitPattern: Self.hash("")) == 0xCBF2_9CE4_8422_2325)
        #expect(UInt64(bitPattern: Self.hash("a")) == 0xAF63_DC4C_8601_EC8C)
    }

    /// Dates are fed zero-padded, `YYYY-MM-DD`.
    @Test func datesArePadded() {
        var hash = StableHash()
        hash.add(year: 987, month: 3, day: 9)
        #expect(hash.key == Self.hash("0987-03-09"))
    }
}
