import ConfidantCore
import Testing

/// The in-place loops the import's hot path reads patients' arrays with.
@Suite struct ArrayInPlaceTests {
    @Test func visitsEveryElementWithItsPosition() {
        var seen: [(Int, String)] = []
        ["a", "b", "c"].forEachInPlace { index, element in seen.append((index, element.pointee)) }
        #expect(seen.map(\.0) == [0, 1, 2])
        #expect(seen.map(\.1) == ["a", "b", "c"])
        var none = 0
        [String]().forEachInPlace { _, _ in none += 1 }
        #expect(none == 0)
    }

    /// The first element, then the rest last to first without those equal to it, as a profile
    /// orders names (usual first) and addresses (current first).
    @Test func visitsTheFirstThenTheRestReversedWithoutItsEquals() {
        var seen: [(String, Bool)] = []
        ["a", "b", "a", "c", "b"].forEachInPlace(first: 1) { element, isFirst in seen.append((element.pointee, isFirst))
        }
        #expect(seen.map(\.0) == ["b", "c", "a", "a"])
        #expect(seen.map(\.1) == [true, false, false, false])
        seen = []
        ["a", "b"].forEachInPlace(first: nil) { element, isFirst in seen.append((element.pointee, isFirst)) }
        #expect(seen.map(\.0) == ["b", "a"])
        #expect(seen.map(\.1) == [false, false])
    }
}
