import ConfidantCore

/// The concerns a synthetic record draws for, each its own sequence, so that adding a
/// draw to one concern (say, contact details) does not shift the values of another.
enum SyntheticStream: UInt64 {
    case household = 0x68_6F_75_73_65
    case pair = 0x70_61_69_72
    case person = 0x70_65_72_73_6F_6E
    case contact = 0x63_6F_6E_74
    case usage = 0x75_73_61_67_65
    case clinical = 0x63_6C_69_6E
}

extension SeededRandomGenerator {
    /// A generator for one concern of one record; nearby indices give unrelated sequences.
    ///
    /// The registry never touches the system generator: every value a patient gets is a
    /// function of `(seed, index, stream)`, so any slice of the registry can be regenerated
    /// on any machine, in any order, on any number of cores.
    init(seed: UInt64, index: Int, stream: SyntheticStream) {
        let key = Self.mix((UInt64(bitPattern: Int64(index)) &* 0xD6E8_FEB8_6659_FD93) ^ stream.rawValue)
        self.init(seed: Self.mix(seed ^ key))
    }
}
