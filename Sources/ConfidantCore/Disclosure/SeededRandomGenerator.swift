/// A small, fast, seedable pseudo-random generator (Steele, Lea and Flood's SplitMix64),
/// so generated data is the same on every machine for the same seed.
///
/// Core never uses the system generator; anything random takes a generator. The
/// synthetic registry and the trace module's corruptions and training samples use this
/// one generator too, each deriving per-record seeds with ``mix(_:)``.
public struct SeededRandomGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        self.state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's output function: a bijective scramble of 64 bits, also used to derive
    /// unrelated seeds from nearby ones (a record's index, a stream's tag).
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Uniform draws on any generator; with ``SeededRandomGenerator`` they are reproducible.
extension RandomNumberGenerator {
    /// A uniform value in `0..<bound` (Lemire's multiply-high; stable across Swift versions).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform value in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// One element of a non-empty collection, uniformly.
    public mutating func element<C: RandomAccessCollection>(of items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + below(items.count)]
    }

    /// One value, drawn with the given weights (which need not sum to anything in particular).
    public mutating func weighted<T>(_ table: [(T, Int)]) -> T {
        var draw = below(table.reduce(0) { $0 + $1.1 })
        for (value, weight) in table {
            if draw < weight { return value }
            draw -= weight
        }
        return table[table.count - 1].0
    }

    /// The items in a uniformly random order (Fisher–Yates).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var items = items
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
        return items
    }
}
