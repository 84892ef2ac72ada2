/// 64-bit FNV-1a over UTF-8 bytes: stable across processes, machines and releases, unlike
/// Swift's `Hasher`, which is seeded per process. Blocking keys are stored in databases,
/// so they must never change for the same input.
struct StableHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// An empty hash.
    init() {}

    /// The hash of `"rule|"`, the start of every key of `rule`.
    ///
    /// Looked up, not hashed: an import starts a dozen keys a patient.
    init(startingKeyOf rule: BlockingRule) {
        value = Self.keyStarts[Int(rule.index)]
    }

    /// `StableHash` of `"rule|"` for each rule, by ``BlockingRule/index``.
    private static let keyStarts: [UInt64] = BlockingRule.allCases.map { rule in
        var hash = StableHash()
        hash.add(rule.rawValue)
        hash.separator()
        return hash.value
    }

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
        // Dates' parts first, each digit by a division by the constant 10 (a multiplication
        // once compiled): an import hashes a few dozen such numbers a patient, and the general
        // loop below divides by a variable power of ten, a hardware division a digit.
        switch number {
        case 0..<10:
            add(digit: number)
        case 10..<100:
            add(digit: number / 10)
            add(digit: number % 10)
        case 1_000..<10_000:
            add(digit: number / 1_000)
            add(digit: number / 100 % 10)
            add(digit: number / 10 % 10)
            add(digit: number % 10)
        default:
            var divisor = 1
            while divisor <= number / 10 { divisor *= 10 }
            var rest = number
            while divisor > 0 {
                add(digit: rest / divisor)
                rest %= divisor
                divisor /= 10
            }
        }
    }

    private mutating func add(digit: Int) {
        add(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digit))
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
        // Four-digit years and two-digit months and days need no padding, the rest at most a zero.
        let digits = (0..<10).contains(number) ? 1 : (10..<100).contains(number) ? 2 : Self.digits(of: number)
        for _ in digits..<max(width, digits) { add(UInt8(ascii: "0")) }
        add(number: number)
    }

    /// How many digits `number` takes in decimal; 1 for any negative number, as keys have
    /// always been padded.
    private static func digits(of number: Int) -> Int {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
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
