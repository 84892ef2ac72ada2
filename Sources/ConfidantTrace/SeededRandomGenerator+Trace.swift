import ConfidantCore

extension SeededRandomGenerator {
    /// A generator for one item of a stream, so that training samples and corrupted
    /// queries are a pure function of a seed; nearby indices give unrelated sequences.
    init(seed: UInt64, index: Int, stream: UInt64 = 0) {
        self.init(seed: Self.mix(seed ^ Self.mix(UInt64(bitPattern: Int64(index)) &* 0x9E37_79B9_7F4A_7C15 ^ stream)))
    }
}
