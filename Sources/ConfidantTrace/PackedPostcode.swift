import ConfidantCore

/// A UK postcode packed into 64 bits so that full, sector, district and area agreement
/// are integer comparisons: area letters in bits 42–53, the outward code in 18–41, the
/// inward digit in 12–17 and the inward letters in 0–11 (six bits a character).
struct PackedPostcode: Hashable, Sendable, Comparable {
    let value: UInt64

    init(rawValue: UInt64) {
        value = rawValue
    }

    init(_ postcode: Postcode) {
        // Read from the codes' own bytes: arrays of them were two allocations an imported address.
        var outward = postcode.outward
        var inward = postcode.inward
        value = outward.withUTF8 { outward in inward.withUTF8 { inward in Self.pack(outward: outward, inward: inward) }
        }
    }

    private static func pack(outward: UnsafeBufferPointer<UInt8>, inward: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for position in 0..<2 {
            let byte = position < outward.count && Self.isLetter(outward[position]) ? outward[position] : 0
            packed = packed << 6 | Self.code(byte)
        }
        for position in 0..<4 {
            packed = packed << 6 | Self.code(position < outward.count ? outward[position] : 0)
        }
        for byte in inward.prefix(3) {
            packed = packed << 6 | Self.code(byte)
        }
        return packed
    }

    /// The whole postcode (`LS1 4HR`).
    var full: UInt64 { value }
    /// Outward code and inward digit (`LS1 4`).
    var sector: UInt64 { value >> 12 }
    /// The outward code (`LS1`).
    var district: UInt64 { value >> 18 }
    /// The area letters (`LS`).
    var area: UInt64 { value >> 42 }

    /// The postcode back in its normal text form.
    var postcode: Postcode? {
        let text = (0..<4).compactMap { Self.character(value >> (18 + 6 * (3 - $0))) }
        let inward = (0..<3).compactMap { Self.character(value >> (6 * (2 - $0))) }
        return try? Postcode(String(text) + " " + String(inward))
    }

    /// The outward code as text, for blocking keys.
    var districtText: String {
        // Four ASCII bytes at most, made into a string at once: an array of characters first
        // was most of a blocking key's cost in an import.
        var bytes: UInt32 = 0
        var count = 0
        for position in 0..<4 {
            guard let byte = Self.byte(value >> (18 + 6 * (3 - position))) else { continue }
            bytes |= UInt32(byte) << (8 * count)
            count += 1
        }
        return withUnsafeBytes(of: bytes.littleEndian) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// 0 for padding, 1–10 for digits, 11–36 for letters.
    private static func code(_ byte: UInt8) -> UInt64 {
        switch byte {
        case 0x30...0x39: UInt64(byte - 0x30 + 1)
        case 0x41...0x5A: UInt64(byte - 0x41 + 11)
        default: 0
        }
    }

    private static func character(_ bits: UInt64) -> Character? {
        byte(bits).map { Character(Unicode.Scalar($0)) }
    }

    /// The ASCII byte of the 6-bit code in the low bits of `bits`; `nil` for padding.
    private static func byte(_ bits: UInt64) -> UInt8? {
        let code = bits & 0x3F
        switch code {
        case 1...10: return UInt8(code - 1 + 0x30)
        case 11...36: return UInt8(code - 11 + 0x41)
        default: return nil
        }
    }

    static func < (lhs: PackedPostcode, rhs: PackedPostcode) -> Bool { lhs.value < rhs.value }
}
