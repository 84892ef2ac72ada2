import ConfidantCore
import Testing

@testable import ConfidantTrace

@Suite struct PostcodeTests {
    private func packed(_ text: String) throws -> PackedPostcode { PackedPostcode(try Postcode(text)) }

    @Test func partsAgreeExactlyWhereThePostcodesDo() throws {
        let a = try packed("LS1 4HR")
        #expect(a.full == (try packed("ls14hr")).full)
        #expect(a.sector == (try packed("LS1 4AB")).sector)
        #expect(a.sector != (try packed("LS1 5HR")).sector)
        #expect(a.district == (try packed("LS1 9ZZ")).district)
        #expect(a.district != (try packed("LS11 4HR")).district)
        #expect(a.area == (try packed("LS28 1AA")).area)
        #expect(a.area != (try packed("L1 4HR")).area)
        #expect(a.districtText == "LS1")
    }

    @Test(arguments: ["LS1 4HR", "M1 1AA", "SW1A 2AA", "B33 8TH", "EC1A 1BB", "W1D 3QU", "E17 3AE"])
    func packingRoundTrips(text: String) throws {
        let code = try Postcode(text)
        #expect(PackedPostcode(code).postcode == code)
        #expect(PackedPostcode(code).districtText == code.outward)
    }
}
