import ConfidantCore
import Foundation
import PropertyBased
import Testing

/// `trimmingWhitespace` skips Foundation for text that needs no trimming, and must give
/// exactly what Foundation gives for every text.
@Suite struct StringTrimmingTests {
    /// Letters, ASCII and Unicode spaces, tabs, line breaks, an accent and a control character.
    static let character = Gen<Character?>
        .element(of: Array("aZ9 .\t\n\r\u{A0}\u{2003}\u{85}\u{2028}é\u{7F}") as [Character])
        .map { $0! }

    @Test func givesWhatFoundationGives() async {
        await propertyCheck(count: 1_000, input: Self.character.string(of: 0...6)) { text in
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
            #expect(text.trimmingWhitespace(andNewlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test(arguments: ["", " ", "Smith", " Smith", "Smith\u{A0}", "\tO'Neil\n", "José", "é"])
    func knownTexts(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace(andNewlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
