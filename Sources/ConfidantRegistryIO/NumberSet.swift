/// A set of NHS numbers, by their integer values, for finding a number repeated in an import file.
///
/// The import checks every number on its one sequential stage, where `Set<UInt64>` (SipHash
/// and its resizing) was about a fiftieth of the stage's time. This is open addressing with
/// linear probing over one array, the numbers mixed by the SplitMix64 finaliser with a
/// per-process random seed, so a file cannot be written to make its numbers collide.
struct NumberSet {
    /// Marks an empty slot; never an NHS number (at most ten digits).
    private static let empty = UInt64.max
    private var slots: [UInt64]
    private var count = 0
    private let seed = UInt64.random(in: .min ... .max)

    /// - Parameter capacity: numbers to make room for before the first resize.
    init(capacity: Int = 1 << 12) {
        var size = 16
        while size * 3 < capacity * 4 { size *= 2 }
        slots = Array(repeating: Self.empty, count: size)
    }

    /// Adds `number`; returns whether it was new.
    mutating func insert(_ number: UInt64) -> Bool {
        precondition(number != Self.empty, "not an NHS number")
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let inserted = slots.withUnsafeMutableBufferPointer { Self.insert(number, seed: seed, into: $0) }
        if inserted { count += 1 }
        return inserted
    }

    /// Puts `number` into the first free slot of its probe sequence, unless it is already there.
    private static func insert(_ number: UInt64, seed: UInt64, into slots: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: mix(number ^ seed)) & mask
        while true {
            let slot = slots[index]
            if slot == empty {
                slots[index] = number
                return true
            }
            if slot == number { return false }
            index = (index + 1) & mask
        }
    }

    /// Doubles the table and re-files every number.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.empty, count: old.count * 2)
        slots.withUnsafeMutableBufferPointer { slots in
            for number in old where number != Self.empty { _ = Self.insert(number, seed: seed, into: slots) }
        }
    }

    /// SplitMix64's finaliser: every input bit affects every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
