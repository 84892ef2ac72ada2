import ConfidantCore

/// Gives every registry index its own valid NHS number, scrambled so that neighbouring
/// indices do not get neighbouring numbers, and without keeping any state.
///
/// Numbers are drawn from prefixes that the NHS never issues (9xx first, then 8xx), so
/// synthetic records cannot be mistaken for real patients.
///
/// How it stays unique: fix the first eight digits (a *stem*). The ninth digit has weight 2
/// in the modulus 11 sum, and `2·d` for `d` in 0...9 hits ten different residues, so at most
/// one ninth digit makes the check digit 10. Every stem therefore has at least nine valid
/// completions. Index `i` is scrambled by a keyed bijection of `0..<90,000,000` (cycle-walking
/// a 27-bit permutation), and the result picks a stem (`/ 9`) and which of its valid ninth
/// digits to use (`% 9`). Distinct indices give distinct (stem, slot) pairs, so distinct numbers.
struct NHSNumberAllocator: Sendable {
    /// Ten million stems with nine completions each.
    static let tierSize = 90_000_000
    /// Indices `0..<90M` get `9xx` numbers, `90M..<180M` get `8xx` numbers.
    static let capacity = 2 * tierSize
    private static let firstStem: [UInt64] = [90_000_000, 80_000_000]
    private static let mask: UInt64 = (1 << 27) - 1

    private let keys: (UInt64, UInt64, UInt64)

    init(seed: UInt64) {
        var rng = SeededRandomGenerator(seed: seed ^ 0x4E48_535F_4E55_4D42)
        keys = (rng.next() & Self.mask, rng.next() & Self.mask, rng.next() & Self.mask)
    }

    /// The NHS number of `index`, which must be in `0..<capacity`.
    func number(for index: Int) -> NHSNumber {
        precondition((0..<Self.capacity).contains(index), "synthetic registry index out of range")
        let tier = index / Self.tierSize
        // Cycle-walking: the permutation is over 2²⁷ values; repeat it until the value lands
        // inside the tier. Applied to values already inside the tier this is a bijection.
        var value = UInt64(index % Self.tierSize)
        repeat {
            value = permute(value)
        } while value >= UInt64(Self.tierSize)
        let stem = Self.firstStem[tier] + value / 9
        let (digit, sum) = Self.validNinthDigit(stem: stem, slot: Int(value % 9))
        let remainder = (sum + 2 * digit) % 11
        let check = remainder == 0 ? 0 : 11 - remainder
        // NHSNumber checks the check digit again, so a mistake here traps rather than leaks.
        do {
            return try NHSNumber(value: (stem * 10 + UInt64(digit)) * 10 + UInt64(check))
        } catch {
            preconditionFailure("stem completion chose a ninth digit with check digit 10")
        }
    }

    /// A keyed bijection of `0..<2²⁷`: each step (xor, odd multiply, add, xor-shift) is invertible mod 2²⁷.
    private func permute(_ input: UInt64) -> UInt64 {
        var x = input ^ keys.0
        x = (x &* 0x2C1_B3C6D) & Self.mask
        x ^= x >> 13
        x = (x &+ keys.1) & Self.mask
        x = (x &* 0x297_A2D39) & Self.mask
        x ^= x >> 11
        x = (x ^ keys.2) &* 0x1B8_73593 & Self.mask
        x ^= x >> 14
        return x
    }

    /// The `slot`-th (0...8) ninth digit that gives `stem` a valid check digit, and the
    /// weighted sum of the stem's digits.
    static func validNinthDigit(stem: UInt64, slot: Int) -> (digit: Int, stemSum: Int) {
        // Weighted sum of the eight stem digits: weights 10 (first digit) down to 3.
        var sum = 0
        var rest = stem
        for weight in 3...10 {
            sum += Int(rest % 10) * weight
            rest /= 10
        }
        var seen = 0
        for digit in 0...9 where (sum + 2 * digit) % 11 != 1 {
            if seen == slot { return (digit, sum) }
            seen += 1
        }
        preconditionFailure("a stem always has nine valid ninth digits")
    }
}
