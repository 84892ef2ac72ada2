import Testing

@testable import ConfidantTrace

@Suite struct NicknameTests {
    @Test(arguments: [
        ("BILL", "WILLIAM"), ("PEGGY", "MARGARET"), ("BOB", "ROBERT"), ("LIZ", "ELIZABETH"), ("JACK", "JOHN"),
        ("TED", "EDWARD"), ("STEVEN", "STEPHEN"), ("MUHAMMAD", "MOHAMMED"), ("SANDY", "ALEXANDER"),
        ("SANDY", "ALEXANDRA"), ("KATE", "CATHERINE"), ("DICK", "RICHARD"),
    ])
    func knownEquivalentsAgreeBothWays(nickname: String, formal: String) {
        #expect(Nicknames.areEquivalent(nickname, formal))
        #expect(Nicknames.areEquivalent(formal, nickname))
    }

    @Test func unrelatedOrIdenticalNamesAreNotEquivalents() {
        #expect(!Nicknames.areEquivalent("JOHN", "MARY"))
        #expect(!Nicknames.areEquivalent("WILLIAM", "WILLIAM"))
        #expect(!Nicknames.areEquivalent("ZEBEDEE", "WILLIAM"))
    }

    @Test func theTableHoldsSeveralHundredNormalisedPairs() {
        let pairs = Nicknames.pairs
        #expect(pairs.count >= 300)
        for pair in pairs {
            #expect(NameNormalizer.fold(pair.nickname) == pair.nickname)
            #expect(NameNormalizer.fold(pair.formal) == pair.formal)
        }
        #expect(Nicknames.formalNames(of: "BILL").contains("WILLIAM"))
    }
}
