import ConfidantCore
import Testing

@Suite struct ODSCodeTests {
    @Test(arguments: [("B86024", "B86024"), ("b86024", "B86024"), ("Y00001", "Y00001")])
    func acceptsAPracticeCodeInEitherCase(_ text: String, _ value: String) throws {
        #expect(try ODSCode(practice: text).value == value)
    }

    @Test(arguments: ["", "B8602", "B860245", "886024", "BB6024", "B86O24", " B86024", "B86024 ", "É86024"])
    func refusesAnythingButALetterAndFiveDigits(_ text: String) {
        #expect(throws: ODSCodeError.notAPractice) { try ODSCode(practice: text) }
    }

    /// Upper-casing decides, as it always has: a letter whose capital is ASCII makes a code.
    @Test func upperCasesBeyondASCIIAsStringDoes() throws {
        #expect(try ODSCode(practice: "ſ86024").value == "S86024")
    }
}
