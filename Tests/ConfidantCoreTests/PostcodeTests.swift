import ConfidantCore
import Foundation
import Testing

@Suite struct PostcodeTests {
    @Test(arguments: [
        ("LS1 4HR", "LS1", "4HR"), ("ls14hr", "LS1", "4HR"), (" SW1A  1AA ", "SW1A", "1AA"),
        ("M1 1AE", "M1", "1AE"), ("B33 8TH", "B33", "8TH"), ("CR2 6XH", "CR2", "6XH"), ("W1A 0AX", "W1A", "0AX"),
        ("EC1A 1BB", "EC1A", "1BB"),
    ])
    func normalises(_ text: String, _ outward: String, _ inward: String) throws {
        let postcode = try Postcode(text)
        #expect(postcode.outward == outward)
        #expect(postcode.inward == inward)
        #expect(postcode.description == "\(outward) \(inward)")
    }

    @Test(arguments: ["", "LS1", "LS1 4H", "1S1 4HR", "LSX1 4HR", "LS1 HHR", "LS1 44R", "LS123 4HR", "LS1-4HR"])
    func refusesMalformed(_ text: String) {
        #expect(throws: PostcodeError.malformed) { try Postcode(text) }
    }

    @Test func partsForBlocking() throws {
        let postcode = try Postcode("LS1 4HR")
        #expect(postcode.area == "LS")
        #expect(postcode.sector == "LS1 4")
    }
}
