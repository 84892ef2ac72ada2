/// The New York State Identification and Intelligence System phonetic code (original
/// 1970 form, not truncated), used beside Soundex because it keeps vowel positions and
/// handles `MAC`/`KN`/`PH`/`SCH` spellings: `Robertson` → `RABARTSAN`, `Mclaughlin` → `MCLAGLAN`.
public enum NYSIIS {
    /// The NYSIIS code of a name, or an empty string when it has no letters.
    ///
    /// - Parameter name: any text; only the letters A to Z (either case) are read.
    public static func code(_ name: some StringProtocol) -> String {
        var word: [UInt8] = name.utf8.compactMap { byte in
            let letter = byte >= 0x61 && byte <= 0x7A ? byte - 32 : byte
            return letter >= 0x41 && letter <= 0x5A ? letter : nil
        }
        guard !word.isEmpty else { return "" }
        replacePrefix(&word)
        replaceSuffix(&word)
        var key: [UInt8] = [word[0]]
        var index = 1
        while index < word.count {
            let step = translate(&word, at: index)
            for current in word[index..<(index + step)] where current != key[key.count - 1] {
                key.append(current)
            }
            index += step
        }
        if key.count > 1, key[key.count - 1] == s { key.removeLast() }
        if key.count > 2, key[key.count - 2] == a, key[key.count - 1] == y {
            key.removeLast(2)
            key.append(y)
        }
        if key.count > 1, key[key.count - 1] == a { key.removeLast() }
        return String(decoding: key, as: UTF8.self)
    }

    private static let a = UInt8(ascii: "A")
    private static let s = UInt8(ascii: "S")
    private static let y = UInt8(ascii: "Y")

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x41 || byte == 0x45 || byte == 0x49 || byte == 0x4F || byte == 0x55
    }

    private static func hasPrefix(_ word: [UInt8], _ prefix: String) -> Bool {
        word.starts(with: prefix.utf8)
    }

    private static let prefixRules: [(String, String)] = [
        ("MAC", "MCC"), ("KN", "NN"), ("K", "C"), ("PH", "FF"), ("PF", "FF"), ("SCH", "SSS"),
    ]

    private static func replacePrefix(_ word: inout [UInt8]) {
        for (from, to) in prefixRules where hasPrefix(word, from) {
            word.replaceSubrange(0..<from.utf8.count, with: to.utf8)
            return
        }
    }

    private static func replaceSuffix(_ word: inout [UInt8]) {
        guard word.count >= 2 else { return }
        let last = word[word.count - 1]
        let beforeLast = word[word.count - 2]
        switch (beforeLast, last) {
        case (UInt8(ascii: "E"), UInt8(ascii: "E")), (UInt8(ascii: "I"), UInt8(ascii: "E")):
            word.removeLast()
            word[word.count - 1] = y
        case (UInt8(ascii: "D"), UInt8(ascii: "T")), (UInt8(ascii: "R"), UInt8(ascii: "T")),
            (UInt8(ascii: "R"), UInt8(ascii: "D")), (UInt8(ascii: "N"), UInt8(ascii: "T")),
            (UInt8(ascii: "N"), UInt8(ascii: "D")):
            word.removeLast()
            word[word.count - 1] = UInt8(ascii: "D")
        default: break
        }
    }

    /// Rewrites the word in place at `index` by the NYSIIS rules.
    ///
    /// - Returns: how many positions the rule consumed.
    private static func translate(_ word: inout [UInt8], at index: Int) -> Int {
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
