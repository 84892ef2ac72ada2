import ConfidantCore

extension SyntheticRegistry {
    /// Inward-code letters: Royal Mail never uses C, I, K, M, O or V there.
    private static let inwardLetters = Array("ABDEFGHJLNPQRSTUWXYZ".utf8)

    /// An address in `area`: an optional flat, a numbered street, sometimes the locality of
    /// the outward code, and the post town, with a valid postcode in that outward code.
    func makeAddress(in area: Area, outward: Int, period: Period, using rng: inout SeededRandomGenerator) -> Address {
        var lines: [String] = []
        lines.reserveCapacity(4)
        if rng.chance(0.12) {
            lines.append("Flat " + String(1 + rng.below(24)))
        }
        // House numbers skew low: most streets are short.
        let number = 1 + min(rng.below(180), rng.below(180))
        lines.append(String(number) + " " + Streets.names.pick(using: &rng))
        if rng.chance(0.6) {
            lines.append(area.locality(forOutward: outward))
        }
        lines.append(area.postTown)
        return Address(
            lines: lines, postcode: postcode(outward: area.outwardCodes[outward], using: &rng), period: period)
    }

    private func postcode(outward: String, using rng: inout SeededRandomGenerator) -> Postcode {
        let letters = Self.inwardLetters
        // Built in a stack buffer: at most 8 bytes, so the text is a small string and nothing is allocated.
        var outwardBytes = outward.utf8.makeIterator()
        let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { buffer in
            var count = 0
            while let byte = outwardBytes.next() {
                buffer[count] = byte
                count += 1
            }
            buffer[count] = UInt8(ascii: " ")
            buffer[count + 1] = UInt8(ascii: "0") + UInt8(rng.below(10))
            buffer[count + 2] = letters[rng.below(letters.count)]
            buffer[count + 3] = letters[rng.below(letters.count)]
            return String(decoding: buffer[..<(count + 4)], as: UTF8.self)
        }
        do {
            return try Postcode(text)
        } catch {
            preconditionFailure("the synthetic place tables hold a malformed outward code")
        }
    }
}
