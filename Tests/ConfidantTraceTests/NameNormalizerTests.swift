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

    @Test(arguments: [
        ("ST", "STREET"), ("RD", "ROAD"), ("AVE", "AVENUE"), ("AV", "AVENUE"), ("LN", "LANE"), ("DR", "DRIVE"),
        ("CL", "CLOSE"), ("CRES", "CRESCENT"), ("CRESC", "CRESCENT"), ("GDNS", "GARDENS"), ("GRN", "GREEN"),
        ("GR", "GROVE"), ("GRV", "GROVE"), ("TCE", "TERRACE"), ("TER", "TERRACE"), ("PL", "PLACE"),
        ("CT", "COURT"), ("SQ", "SQUARE"), ("WLK", "WALK"), ("PDE", "PARADE"), ("HTS", "HEIGHTS"), ("MWS", "MEWS"),
    ])
    func everyStreetTypeIsSpelledOutAtTheEndOfALine(short: String, full: String) {
        #expect(AddressNormalizer.tokens(line: "4 Oak \(short.lowercased()).") == ["4", "OAK", full])
        #expect(AddressNormalizer.tokens(line: short) == [full])
        // Elsewhere in the line, or as part of a longer word, it stays as written.
        #expect(AddressNormalizer.tokens(line: "\(short) Oak Way") == [short, "OAK", "WAY"])
        #expect(AddressNormalizer.tokens(line: "4 Oak \(short)X") == ["4", "OAK", short + "X"])
    }

    @Test func longLastWordsAreLeftAlone() {
        #expect(AddressNormalizer.tokens(line: "1 Sherwood Stonegatehill") == ["1", "SHERWOOD", "STONEGATEHILL"])
        #expect(AddressNormalizer.tokens(line: "Flat 2, Rd-") == ["FLAT", "2", "ROAD"])
        #expect(AddressNormalizer.tokens(line: "") == [])
    }
}
