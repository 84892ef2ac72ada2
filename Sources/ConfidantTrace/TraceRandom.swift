/// SplitMix64: a small, fast, seedable generator, so that training samples and corrupted
/// queries are a pure function of a seed (the system generator is never used).
struct TraceRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one item of a stream: nearby indices give unrelated sequences.
    init(seed: UInt64, index: Int, stream: UInt64 = 0) {
        state = Self.mix(seed ^ Self.mix(UInt64(bitPattern: Int64(index)) &* 0x9E37_79B9_7F4A_7C15 ^ stream))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<bound`.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// One element of a non-empty collection, uniformly.
    mutating func element<C: RandomAccessCollection>(of items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + below(items.count)]
    }
}
