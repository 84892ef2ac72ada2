/// The level of every comparison for one query–profile pair.
struct AgreementPattern: Hashable, Sendable {
    var levels = SIMD8<UInt8>(repeating: Level.missing)

    subscript(_ comparison: Comparison) -> UInt8 {
        get { levels[comparison.rawValue] }
        set { levels[comparison.rawValue] = newValue }
    }
}
