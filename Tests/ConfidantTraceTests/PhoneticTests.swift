import Testing

@testable import ConfidantTrace

@Suite struct PhoneticTests {
    @Test(arguments: [
        ("Robert", "R163"), ("Rupert", "R163"), ("Tymczak", "T522"), ("Pfister", "P236"), ("Ashcraft", "A261"),
        ("Ashcroft", "A261"), ("Honeyman", "H555"), ("Lee", "L000"), ("O'Brien", "O165"), ("smith", "S530"),
        ("Smyth", "S530"), ("Jackson", "J250"),
    ])
    func soundexKnownValues(name: String, code: String) {
        #expect(Soundex.code(name) == code)
    }

    @Test func soundexOfNoLettersIsEmpty() {
        #expect(Soundex.code("") == "")
        #expect(Soundex.code("1234 -") == "")
    }

    @Test(arguments: [
        ("Andrew", "ANDR"), ("Robertson", "RABARTSAN"), ("Nolan", "NALAN"), ("Case", "CAS"), ("Mclaughlin", "MCLAGLAN"),
        ("Lundgren", "LANDGRAN"), ("Knight", "NAGT"),
    ])
    func nysiisKnownValues(name: String, code: String) {
        #expect(NYSIIS.code(name) == code)
    }

    @Test func nysiisFoldsSpellingsThatChangeTheFirstLetter() {
        #expect(NYSIIS.code("Khan") == NYSIIS.code("Chan"))
        #expect(NYSIIS.code("Phillips") == NYSIIS.code("Fillips"))
        #expect(NYSIIS.code("MacDonald") == NYSIIS.code("McDonald"))
        #expect(Soundex.code("Khan") != Soundex.code("Chan"))
    }
}
