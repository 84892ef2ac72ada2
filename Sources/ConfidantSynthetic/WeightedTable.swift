import ConfidantCore

/// An immutable list of items with weights, sampled by binary search over cumulative weights.
///
/// Built once (tables are `static let`s) and sampled millions of times, so sampling
/// allocates nothing and costs one random draw and about ten comparisons.
struct WeightedTable<Item: Sendable>: Sendable {
    let items: [Item]
    /// `cumulative[i]` is the sum of the weights of items `0...i`.
    private let cumulative: [UInt64]

    /// - Parameter entries: items with non-negative weights, at least one positive.
    init(_ entries: [(Item, Double)]) {
        // Integer weights keep sampling exact and fast; 2³² gives far more resolution than we need.
        var running: UInt64 = 0
        var cumulative: [UInt64] = []
        cumulative.reserveCapacity(entries.count)
        for (_, weight) in entries {
            running += UInt64(max(0, weight) * 4_294_967_296 + 0.5)
            cumulative.append(running)
        }
        precondition(running > 0, "a weighted table needs a positive weight")
        self.items = entries.map(\.0)
        self.cumulative = cumulative
    }

    /// Items ranked by popularity, weighted like Zipf's law: the item of rank `r` (from 1) gets `1 / r^exponent`.
    init(zipf items: [Item], exponent: Double) {
        self.init(Array(zip(items, Self.zipfWeights(count: items.count, exponent: exponent))))
    }

    /// The weights `1 / r^exponent` for ranks `r` = 1...count.
    static func zipfWeights(count: Int, exponent: Double) -> [Double] {
        (1...max(count, 1)).prefix(count).map { 1 / power(Double($0), exponent) }
    }

    /// An item drawn with probability proportional to its weight.
    func pick(using rng: inout SeededRandomGenerator) -> Item {
        let total = cumulative[cumulative.count - 1]
        let target = rng.next().multipliedFullWidth(by: total).high
        // The first item whose cumulative weight exceeds the target.
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }

    /// `base^exponent` for base ≥ 1 and exponent ≥ 0, with no libm: whole powers by
    /// multiplication, the fraction bit by bit with repeated square roots. The target has no
    /// Foundation, so a bare executable using it would not link `pow`, `sqrt` or `round`.
    static func power(_ base: Double, _ exponent: Double) -> Double {
        var result = 1.0
        var whole = Int(exponent)
        var fraction = exponent - Double(whole)
        while whole > 0 {
            result *= base
            whole -= 1
        }
        var root = base
        var bit = 0.5
        while fraction > 1e-9, bit > 1e-9 {
            root = squareRoot(root)
            if fraction >= bit {
                result *= root
                fraction -= bit
            }
            bit /= 2
        }
        return result
    }

    /// Newton's method from above; exact to the last bit or two for x ≥ 1, which is all we use.
    private static func squareRoot(_ x: Double) -> Double {
        var guess = x
        for _ in 0..<64 {
            let next = (guess + x / guess) / 2
            if next >= guess { break }
            guess = next
        }
        return guess
    }
}
