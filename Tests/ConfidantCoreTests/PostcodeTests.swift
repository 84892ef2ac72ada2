import ConfidantCore
import Foundation
import PropertyBased
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

    /// Characters from `characters`, from none to `lengths.upperBound` of them.
    static func part(
        _ characters: String, _ lengths: ClosedRange<Int>
    ) -> Generator<String, some Sequence & SendableMetatype> {
        Gen<Character?>.element(of: Array(characters)).map { $0! }.string(of: lengths)
    }

    /// The parser, which packs bytes into an integer, against the rules written out plainly.
    ///
    /// The text is postcode-like: outward letters, digits and a last character, then an inward
    /// digit and letters, each part of any length from nothing, in both cases, joined by
    /// nothing, spaces or a hyphen, so that valid postcodes (about one in thirty) and near
    /// misses both come up.
    @Test func agreesWithTheRulesAsWritten() async {
        let outward = zip(Self.part("LSWah", 0...3), Self.part("190", 0...2), Self.part("A9h", 0...1)).map {
            $0 + $1 + $2
        }
        let separator = Gen<String?>.element(of: ["", " ", "  ", "-"]).map { $0! }
        let inward = zip(Self.part("409", 0...1), Self.part("hRaS9", 0...3)).map { $0 + $1 }
        await propertyCheck(count: 2_000, input: outward, separator, inward) { outward, separator, inward in
            let text = outward + separator + inward
            #expect((try? Postcode(text))?.description == Self.reference(text))
        }
    }

    /// The normal form of a valid postcode (`OUTWARD INWARD`, upper case), or `nil`.
    static func reference(_ text: String) -> String? {
        let characters = Array(text.uppercased().filter { $0 != " " })
        guard characters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), (5...7).contains(characters.count)
        else { return nil }
        let inward = characters.suffix(3)
        let outward = Array(characters.dropLast(3))
        guard inward.first!.isNumber, inward.dropFirst().allSatisfy(\.isLetter) else { return nil }
        let letters = outward.prefix(while: \.isLetter).count
        guard (1...2).contains(letters), letters < outward.count, outward[letters].isNumber,
            outward.count - letters <= 2
        else { return nil }
        return String(outward) + " " + String(inward)
    }

    @Test func partsForBlocking() throws {
        let postcode = try Postcode("LS1 4HR")
        #expect(postcode.area == "LS")
        #expect(postcode.sector == "LS1 4")
    }
}
