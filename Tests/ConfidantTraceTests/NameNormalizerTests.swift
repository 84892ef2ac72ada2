import Testing

@testable import ConfidantTrace

@Suite struct NameNormalizerTests {
    @Test(arguments: [
        ("Zoë", "ZOE"), ("Łukasz", "LUKASZ"), ("Çelik", "CELIK"), ("Müller", "MULLER"), ("Straße", "STRASSE"),
        ("Siobhán", "SIOBHAN"), ("Øyvind", "OYVIND"), ("Ægir", "AEGIR"), ("renée", "RENEE"),
    ])
    func foldsCaseAndDiacritics(written: String, folded: String) {
        #expect(NameNormalizer.fold(written) == folded)
    }

    @Test func apostrophesJoinWhileSpacesAndHyphensSeparate() {
        #expect(NameNormalizer.familyKey("O'Brien") == "OBRIEN")
        #expect(NameNormalizer.familyKey("O’Brien") == "OBRIEN")
        #expect(NameNormalizer.familyKey("O Brien") == "OBRIEN")
        #expect(NameNormalizer.familyKey("D'Souza") == "DSOUZA")
        #expect(NameNormalizer.tokens("Smith-Jones") == ["SMITH", "JONES"])
        #expect(NameNormalizer.familyKey("Smith-Jones") == "SMITHJONES")
        #expect(NameNormalizer.familyKey("SMITH JONES") == "SMITHJONES")
    }

    @Test func multiPartFamilyNamesKeepTheirDistinctiveParts() {
        #expect(NameNormalizer.familyParts("Smith-Jones") == ["SMITH", "JONES"])
        #expect(NameNormalizer.familyKey("van der Berg") == "VANDERBERG")
        #expect(NameNormalizer.familyParts("van der Berg") == ["BERG"])
        #expect(NameNormalizer.familyParts("O'Brien").isEmpty)
        #expect(NameNormalizer.familyParts("O Brien").isEmpty)
        #expect(NameNormalizer.familyParts("Smith").isEmpty)
    }

    @Test func titlesAndSuffixesAreRemovedButNeverTheWholeName() {
        #expect(NameNormalizer.tokens("Mr John Paul") == ["JOHN", "PAUL"])
        #expect(NameNormalizer.tokens("Mrs. Jane") == ["JANE"])
        #expect(NameNormalizer.tokens("Dr Prof Ada") == ["ADA"])
        #expect(NameNormalizer.tokens("Smith Jr") == ["SMITH"])
        #expect(NameNormalizer.tokens("Lord") == ["LORD"])
        #expect(NameNormalizer.tokens("  ") == [])
    }

    @Test func addressLinesSpellOutStreetTypesAtTheEndOnly() {
        #expect(AddressNormalizer.tokens(line: "12 High St") == ["12", "HIGH", "STREET"])
        #expect(AddressNormalizer.tokens(line: "St John's Rd") == ["ST", "JOHNS", "ROAD"])
        #expect(
            AddressNormalizer.tokens(lines: ["Flat 3", "12 High Street", "Headingley", "Leeds"])
                == ["FLAT", "3", "12", "HIGH", "STREET"])
        #expect(AddressNormalizer.tokens(lines: ["12 High Street", "Leeds"]) == ["12", "HIGH", "STREET"])
    }
}
