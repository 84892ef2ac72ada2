import Foundation

/// Test-side decoders, independent of the module's own, so vectors are not read with the code under test.
enum Bytes {
    /// Decodes lowercase hex; `(empty)` and `-` mean no bytes.
    static func hex(_ text: String) -> [UInt8] {
        guard text != "(empty)", text != "-" else {
            return []
        }
        let digits = Array(text.utf8)
        return stride(from: 0, to: digits.count, by: 2).map { index in
            UInt8(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16) ?? 0
        }
    }

    /// Decodes standard base64 with Foundation.
    static func base64(_ text: String) -> [UInt8] {
        Array(Data(base64Encoded: text) ?? Data())
    }

    /// Lowercase hex with Foundation's formatting.
    static func hexString(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}

/// A deterministic random source for property tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    mutating func next() -> UInt64 {
        self.state &+= 0x9e37_79b9_7f4a_7c15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

extension Bytes {
    /// Encodes standard base64 with Foundation.
    static func base64Encoded(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }
}
