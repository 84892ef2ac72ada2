import ConfidantCore
import PropertyBased
import Testing

/// `spaceSeparatedWords` cuts ASCII text at space bytes and must give exactly what
/// `split(separator: " ")` gives for every text; `appendUTF8` must append what the
/// `UTF8View` holds.
@Suite struct StringWordsTests {
    /// Letters, spaces, a hyphen, an accent, a combining mark (which joins a space before it
    /// into one `Character`), a Unicode space and an emoji.
    static let character = Gen<Character?>
        .element(of: Array("aZ -é\u{301}\u{A0}😀") as [Character])
        .map { $0! }

    @Test func givesWhatSplitGives() async {
        await propertyCheck(count: 1_000, input: Self.character.string(of: 0...8)) { text in
            #expect(text.spaceSeparatedWords() == text.split(separator: " ").map(String.init))
        }
    }

    @Test(
        arguments: [
            ("", []), (" ", []), ("Smith", ["Smith"]), ("John Paul", ["John", "Paul"]),
            ("  Mary   Ann ", ["Mary", "Ann"]), ("José María", ["José", "María"]),
            // A combining mark after a space makes one `Character`, which `split` does not cut at.
            ("A \u{301}B", ["A \u{301}B"]),
        ] as [(String, [String])])
    func knownTexts(text: String, words: [String]) {
        #expect(text.spaceSeparatedWords() == words)
        #expect(text.split(separator: " ").map(String.init) == words)
    }

    @Test func appendsTheUTF8Bytes() async {
        await propertyCheck(count: 500, input: Self.character.string(of: 0...20)) { text in
            var bytes: [UInt8] = [1, 2]
            bytes.appendUTF8(text)
            #expect(bytes == [1, 2] + Array(text.utf8))
        }
    }
}
