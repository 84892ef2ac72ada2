/// 64-bit FNV-1a over UTF-8 bytes: stable across processes, machines and releases, unlike
/// Swift's `Hasher`, which is seeded per process. Blocking keys are stored in databases,
/// so they must never change for the same input.
struct StableHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Feeds the UTF-8 bytes of a string.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { add(byte) }
        }
    }

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// Feeds a separator, so that `("ab", "c")` and `("a", "bc")` differ.
    mutating func separator() { add(UInt8(ascii: "|")) }

    /// Feeds a number as decimal digits (`7` → `"7"`), without building a string.
    mutating func add(number: Int) {
        if number < 0 {
            add(UInt8(ascii: "-"))
            add(number: -number)
            return
        }
        // Digits are taken least significant first into a small buffer and fed the other way:
        // dividing by the constant 10 compiles to a multiplication, where the old loop divided
        // by a variable power of ten, a hardware division a digit. An import hashes a few
        // dozen numbers a patient.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { add(buffer[index]) }
        }
    }

    /// Feeds a date as ISO 8601 `YYYY-MM-DD`.
    mutating func add(year: Int, month: Int, day: Int) {
        addPadded(year, width: 4)
        add(UInt8(ascii: "-"))
        addPadded(month, width: 2)
        add(UInt8(ascii: "-"))
        addPadded(day, width: 2)
    }

    private mutating func addPadded(_ number: Int, width: Int) {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        for _ in digits..<max(width, digits) { add(UInt8(ascii: "0")) }
        add(number: number)
    }

    /// The hash as a signed 64-bit integer (databases store BIGINT).
    var key: Int64 { Int64(bitPattern: value) }

    /// The key of `"rule|part|part..."`.
    static func key(_ rule: BlockingRule, _ parts: [String]) -> Int64 {
        var hash = StableHash()
        hash.add(rule.rawValue)
        for part in parts {
            hash.separator()
            hash.add(part)
        }
        return hash.key
    }
}
