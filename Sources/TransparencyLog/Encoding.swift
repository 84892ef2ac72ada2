/// Lowercase hexadecimal, as the module writes key IDs and hashes.
internal enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(Self.digits[Int(byte >> 4)])
            text.append(Self.digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Decodes hexadecimal digits of either case; nil for odd lengths or other characters.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else {
            return nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = Self.value(utf8[index]), let low = Self.value(utf8[index + 1]) else {
                return nil
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// Standard base64 with padding (RFC 4648 section 4), decoded strictly: no whitespace, correct padding,
/// and zero unused bits, so every value has exactly one accepted spelling.
internal enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: some Collection<UInt8>) -> String {
        let input = Array(bytes)
        var text: [UInt8] = []
        text.reserveCapacity((input.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= input.count {
            let chunk = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
            for shift in [18, 12, 6, 0] {
                text.append(Self.alphabet[Int((chunk >> UInt32(shift)) & 0x3f)])
            }
            index += 3
        }
        let remaining = input.count - index
        if remaining > 0 {
            var chunk = UInt32(input[index]) << 16
            if remaining == 2 {
                chunk |= UInt32(input[index + 1]) << 8
            }
            text.append(Self.alphabet[Int((chunk >> 18) & 0x3f)])
            text.append(Self.alphabet[Int((chunk >> 12) & 0x3f)])
            text.append(remaining == 2 ? Self.alphabet[Int((chunk >> 6) & 0x3f)] : UInt8(ascii: "="))
            text.append(UInt8(ascii: "="))
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Decodes canonical padded base64; nil for anything else.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 4 == 0 else {
            return nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 4 * 3)
        var index = 0
        while index < utf8.count {
            let isLast = index + 4 == utf8.count
            var chunk: UInt32 = 0
            var padding = 0
            for offset in 0..<4 {
                let character = utf8[index + offset]
                if character == UInt8(ascii: "=") {
                    guard isLast, offset >= 2 else {
                        return nil
                    }
                    padding += 1
                    chunk <<= 6
                    continue
                }
                guard padding == 0, let value = Self.value(character) else {
                    return nil
                }
                chunk = chunk << 6 | UInt32(value)
            }
            let produced = [
                UInt8(truncatingIfNeeded: chunk >> 16), UInt8(truncatingIfNeeded: chunk >> 8),
                UInt8(truncatingIfNeeded: chunk),
            ]
            switch padding {
            case 0: bytes.append(contentsOf: produced)
            case 1:
                guard produced[2] == 0 else { return nil }
                bytes.append(contentsOf: produced[0..<2])
            default:
                guard produced[1] == 0, produced[2] == 0 else { return nil }
                bytes.append(produced[0])
            }
            index += 4
        }
        return bytes
    }

    private static func value(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
