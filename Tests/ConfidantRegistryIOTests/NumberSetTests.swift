import PropertyBased
import Testing

@testable import ConfidantRegistryIO

/// The import's set of NHS numbers answers as `Set` does.
@Suite struct NumberSetTests {
    /// Random numbers from a narrow range (many repeats) and from the whole ten-digit range,
    /// through several resizes from a small start.
    @Test func insertAgreesWithSet() async {
        let numbers = Gen.uint64(in: 0...400).array(of: 0...2_000)
        let wide = Gen.uint64(in: 0...9_999_999_999).array(of: 0...2_000)
        await propertyCheck(count: 100, input: numbers, wide, Gen.int(in: 0...64)) { narrow, wide, capacity in
            var set = NumberSet(capacity: capacity)
            var expected = Set<UInt64>()
            for number in narrow + wide + narrow {
                let inserted = set.insert(number)
                #expect(inserted == expected.insert(number).inserted)
            }
        }
    }

    @Test func zeroAndTheLargestNumberAreNumbers() {
        var set = NumberSet()
        let answers = [set.insert(0), set.insert(0), set.insert(9_999_999_999), set.insert(9_999_999_999)]
        #expect(answers == [true, false, true, false])
    }
}
