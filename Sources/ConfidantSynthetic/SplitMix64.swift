/// A small, fast, seedable pseudo-random generator (Steele, Lea and Flood's SplitMix64).
///
/// The registry never touches the system generator: every value a patient gets is a
/// function of `(seed, index, stream)`, so any slice of the registry can be regenerated
/// on any machine, in any order, on any number of cores.
struct SplitMix64: RandomNumberGenerator, Sendable {
    /// Independent sequences drawn for the same index, so that adding a draw to one
    /// concern (say, contact details) does not shift the values of another.
    enum Stream: UInt64 {
        case household = 0x68_6F_75_73_65
        case pair = 0x70_61_69_72
        case person = 0x70_65_72_73_6F_6E
        case contact = 0x63_6F_6E_74
        case usage = 0x75_73_61_67_65
        case clinical = 0x63_6C_69_6E
    }

    private var state: UInt64

    init(state: UInt64) {
        self.state = state
    }

    /// A generator for one concern of one record; nearby indices give unrelated sequences.
    init(seed: UInt64, index: Int, stream: Stream) {
        let key = Self.mix((UInt64(bitPattern: Int64(index)) &* 0xD6E8_FEB8_6659_FD93) ^ stream.rawValue)
        self.init(state: Self.mix(seed ^ key))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective avalanche of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<bound` (Lemire's multiply-high; the bias is below 2⁻⁴⁰ for our bounds).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform value in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// One element of a non-empty array, uniformly.
    mutating func element<T>(of items: [T]) -> T {
        items[below(items.count)]
    }
}
