import PropertyBased
import Testing

@testable import ConfidantTrace

@Suite struct SimilarityTests {
    @Test(arguments: [
        ("MARTHA", "MARHTA", 0.961), ("DWAYNE", "DUANE", 0.840), ("DIXON", "DICKSONX", 0.813),
        ("JELLYFISH", "SMELLYFISH", 0.896), ("SMITH", "SMITH", 1.0), ("ABC", "XYZ", 0.0),
    ])
    func jaroWinklerKnownValues(lhs: String, rhs: String, expected: Double) {
        #expect(abs(JaroWinkler.similarity(lhs, rhs) - expected) < 0.0005)
    }

    @Test func jaroKnownValue() {
        #expect(abs(JaroWinkler.jaro("MARTHA", "MARHTA") - 0.944) < 0.0005)
        #expect(JaroWinkler.jaro("", "") == 1)
        #expect(JaroWinkler.jaro("A", "") == 0)
    }

    @Test(arguments: [
        ("CA", "ABC", 3), ("KITTEN", "SITTING", 3), ("SMITH", "SMIHT", 1), ("SMITH", "SMYTH", 1), ("", "ABC", 3),
        ("JONES", "JONES", 0), ("THOMAS", "TOMAS", 1),
    ])
    func damerauLevenshteinKnownValues(lhs: String, rhs: String, distance: Int) {
        #expect(EditDistance.damerauLevenshtein(lhs, rhs) == distance)
    }

    @Test func similarityIsSymmetricBoundedAndOneForEqualStrings() async {
        let name = Gen.uppercaseLetter.string(of: 0...10)
        await propertyCheck(count: 400, input: name, name) { lhs, rhs in
            let forward = JaroWinkler.similarity(lhs, rhs)
            #expect(forward == JaroWinkler.similarity(rhs, lhs))
            #expect(forward >= 0 && forward <= 1)
            #expect(JaroWinkler.similarity(lhs, lhs) == 1)
            #expect((forward == 1) == (lhs == rhs))
        }
    }

    @Test func editDistanceIsSymmetricAndAtLeastTheLengthDifference() async {
        let name = Gen.uppercaseLetter.string(of: 0...9)
        await propertyCheck(count: 400, input: name, name) { lhs, rhs in
            let distance = EditDistance.damerauLevenshtein(lhs, rhs)
            #expect(distance == EditDistance.damerauLevenshtein(rhs, lhs))
            #expect(distance >= abs(lhs.count - rhs.count))
            #expect(distance <= max(lhs.count, rhs.count))
            #expect((distance == 0) == (lhs == rhs))
        }
    }

    @Test func theBoundedSimilarityNeverHidesAValueAboveItsFloor() async {
        let name = Gen.uppercaseLetter.string(of: 1...8)
        await propertyCheck(count: 400, input: name, name) { lhs, rhs in
            let full = JaroWinkler.similarity(lhs, rhs)
            let bounded = JaroWinkler.similarity(lhs, rhs, atLeast: Comparator.fuzzySimilarity)
            #expect(bounded == full || (bounded == 0 && full < Comparator.fuzzySimilarity))
        }
    }

    @Test func oneEditBetweenNamesOfFourOrMoreLettersIsAlwaysClose() async {
        let name = Gen.character(in: "A"..."E").string(of: 4...10)
        await propertyCheck(
            count: 600, input: name, Gen.int(in: 0...10), Gen.character(in: "A"..."E"), Gen.int(in: 0...2)
        ) { base, position, letter, operation in
            var characters = Array(base)
            let at = min(position, characters.count - 1)
            switch operation {
            case 0: characters[at] = letter
            case 1: characters.remove(at: at)
            default: characters.insert(letter, at: at)
            }
            let edited = String(characters)
            guard edited != base, edited.count >= 4 else { return }
            let similarity = JaroWinkler.similarity(base, edited, atLeast: Comparator.editSimilarity)
            #expect(Comparator.isClose(similarity, base, edited, minimumLength: 4))
        }
    }
}
