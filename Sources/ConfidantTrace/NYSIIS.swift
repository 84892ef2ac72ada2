/// The New York State Identification and Intelligence System phonetic code (original
/// 1970 form, not truncated), used beside Soundex because it keeps vowel positions and
/// handles `MAC`/`KN`/`PH`/`SCH` spellings: `Robertson` → `RABARTSAN`, `Mclaughlin` → `MCLAGLAN`.
public enum NYSIIS {
    /// The NYSIIS code of a name, or an empty string when it has no letters.
    ///
    /// - Parameter name: any text; only the letters A to Z (either case) are read.
    public static func code(_ name: some StringProtocol) -> String {
        // Worked in one stack buffer, the word then the key, with no array of either: this
        // runs for every name an import files, and the two arrays were most of its cost.
        let capacity = name.utf8.count
        guard capacity > 0 else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { buffer in
            var count = 0
            for byte in name.utf8 {
                let letter = byte >= 0x61 && byte <= 0x7A ? byte - 32 : byte
                if letter >= 0x41 && letter <= 0x5A {
                    buffer[count] = letter
                    count += 1
                }
            }
            guard count > 0 else { return "" }
            var word = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
            replacePrefix(word)
            if replaceSuffix(word) { word = UnsafeMutableBufferPointer(rebasing: word.dropLast()) }
            let keyStart = capacity
            var keyCount = 1
            buffer[keyStart] = word[0]
            var index = 1
            while index < word.count {
                let step = translate(word, at: index)
                for current in word[index..<(index + step)] where current != buffer[keyStart + keyCount - 1] {
                    buffer[keyStart + keyCount] = current
                    keyCount += 1
                }
                index += step
            }
            if keyCount > 1, buffer[keyStart + keyCount - 1] == s { keyCount -= 1 }
            if keyCount > 2, buffer[keyStart + keyCount - 2] == a, buffer[keyStart + keyCount - 1] == y {
                buffer[keyStart + keyCount - 2] = y
                keyCount -= 1
            }
            if keyCount > 1, buffer[keyStart + keyCount - 1] == a { keyCount -= 1 }
            return String(decoding: buffer[keyStart..<(keyStart + keyCount)], as: UTF8.self)
        }
    }

    private static let a = UInt8(ascii: "A")
    private static let s = UInt8(ascii: "S")
    private static let y = UInt8(ascii: "Y")

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x41 || byte == 0x45 || byte == 0x49 || byte == 0x4F || byte == 0x55
    }

    /// Prefixes and what replaces them, each the same length as the prefix it replaces.
    private static let prefixRules: [(from: [UInt8], to: [UInt8])] = [
        ("MAC", "MCC"), ("KN", "NN"), ("K", "C"), ("PH", "FF"), ("PF", "FF"), ("SCH", "SSS"),
    ].map { (Array($0.utf8), Array($1.utf8)) }

    private static func replacePrefix(_ word: UnsafeMutableBufferPointer<UInt8>) {
        for rule in prefixRules where word.starts(with: rule.from) {
            for (offset, byte) in rule.to.enumerated() { word[offset] = byte }
            return
        }
    }

    /// Rewrites the word's ending by the NYSIIS rules.
    ///
    /// - Returns: whether the word lost its last letter (`EE`, `IE` → `Y`; `DT`, `RT`, `RD`,
    ///   `NT`, `ND` → `D`).
    private static func replaceSuffix(_ word: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2 else { return false }
        let last = word[word.count - 1]
        let beforeLast = word[word.count - 2]
        switch (beforeLast, last) {
        case (UInt8(ascii: "E"), UInt8(ascii: "E")), (UInt8(ascii: "I"), UInt8(ascii: "E")):
            word[word.count - 2] = y
            return true
        case (UInt8(ascii: "D"), UInt8(ascii: "T")), (UInt8(ascii: "R"), UInt8(ascii: "T")),
            (UInt8(ascii: "R"), UInt8(ascii: "D")), (UInt8(ascii: "N"), UInt8(ascii: "T")),
            (UInt8(ascii: "N"), UInt8(ascii: "D")):
            word[word.count - 2] = UInt8(ascii: "D")
            return true
        default:
            return false
        }
    }

    /// Rewrites the word in place at `index` by the NYSIIS rules.
    ///
    /// - Returns: how many positions the rule consumed.
    private static func translate(_ word: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let current = word[index]
        let next: UInt8 = index + 1 < word.count ? word[index + 1] : 0
        let following: UInt8 = index + 2 < word.count ? word[index + 2] : 0
        switch current {
        case UInt8(ascii: "E") where next == UInt8(ascii: "V"):
            word[index] = a
            word[index + 1] = UInt8(ascii: "F")
            return 2
        case _ where isVowel(current):
            word[index] = a
        case UInt8(ascii: "Q"): word[index] = UInt8(ascii: "G")
        case UInt8(ascii: "Z"): word[index] = s
        case UInt8(ascii: "M"): word[index] = UInt8(ascii: "N")
        case UInt8(ascii: "K"):
            word[index] = next == UInt8(ascii: "N") ? UInt8(ascii: "N") : UInt8(ascii: "C")
        case UInt8(ascii: "S") where next == UInt8(ascii: "C") && following == UInt8(ascii: "H"):
            word[index + 1] = s
            word[index + 2] = s
            return 3
        case UInt8(ascii: "P") where next == UInt8(ascii: "H"):
            word[index] = UInt8(ascii: "F")
            word[index + 1] = UInt8(ascii: "F")
            return 2
        case UInt8(ascii: "H"):
            if !isVowel(word[index - 1]) || (next != 0 && !isVowel(next)) || next == 0 {
                word[index] = word[index - 1]
            }
        case UInt8(ascii: "W") where isVowel(word[index - 1]):
            word[index] = word[index - 1]
        default: break
        }
        return 1
    }
}
