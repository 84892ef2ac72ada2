import ConfidantCore
import Foundation

/// The ways a name gets misspelt: slips of the keyboard, spellings that sound the same,
/// and nicknames. Case is kept: the result is written like the input.
enum Misspelling {
    /// One keyboard slip: a neighbouring key, a dropped or doubled letter, or two letters swapped.
    /// The first letter is hit less often than the others, as in real typing errors.
    static func typo(_ name: String, using rng: inout SeededRandomGenerator) -> String {
        var characters = Array(name)
        let letters = characters.indices.filter { characters[$0].isLetter }
        guard letters.count >= 2 else { return name }
        let position = rng.chance(0.1) ? letters[0] : letters[1 + rng.below(letters.count - 1)]
        let original = characters[position]
        switch rng.below(4) {
        case 0:
            let neighbours = keyboardNeighbours[Character(original.uppercased())] ?? "E"
            let replacement = neighbours[neighbours.index(neighbours.startIndex, offsetBy: rng.below(neighbours.count))]
            characters[position] = original.isUppercase ? replacement : Character(replacement.lowercased())
        case 1 where letters.count > 2:
            characters.remove(at: position)
        case 2:
            characters.insert(original, at: position)
        default:
            if position + 1 < characters.count, characters[position + 1].isLetter,
                characters[position + 1] != original
            {
                characters.swapAt(position, position + 1)
            } else {
                characters.insert(original, at: position)
            }
        }
        let result = String(characters)
        return result == name ? name + "e" : result
    }

    /// A spelling that sounds the same (`Smyth` for `Smith`, `Katherine` for `Catherine`),
    /// or `nil` when no rule applies.
    static func phonetic(_ name: String, using rng: inout SeededRandomGenerator) -> String? {
        let upper = name.uppercased()
        var options: [(range: Range<String.Index>, replacement: String)] = []
        for (pattern, replacement) in respellings {
            var start = upper.startIndex
            while let range = upper.range(of: pattern, range: start..<upper.endIndex) {
                options.append((range, replacement))
                start = upper.index(after: range.lowerBound)
            }
        }
        guard !options.isEmpty else { return nil }
        let choice = options[rng.below(options.count)]
        let result = upper.replacingCharacters(in: choice.range, with: choice.replacement)
        guard result.count >= 2, result != upper else { return nil }
        return recase(result, like: name)
    }

    /// A nickname or spelling variant of a first name (`Bill` for `William`), or `nil`.
    static func nickname(_ name: String, using rng: inout SeededRandomGenerator) -> String? {
        let normalised = NameNormalizer.fold(name)
        let groups = Nicknames.groups(of: normalised)
        guard !groups.isEmpty else { return nil }
        let members = Nicknames.members(ofGroup: groups[rng.below(groups.count)]).filter { $0 != normalised }
        guard !members.isEmpty else { return nil }
        return recase(members[rng.below(members.count)], like: name)
    }

    /// Writes upper-case `text` in the case style of `model` (capitals, lower case or Title case).
    static func recase(_ text: String, like model: String) -> String {
        if model == model.uppercased() { return text }
        if model == model.lowercased() { return text.lowercased() }
        return text.prefix(1) + text.dropFirst().lowercased()
    }

    private static let respellings: [(String, String)] = [
        ("PH", "F"), ("F", "PH"), ("CK", "K"), ("CK", "C"), ("K", "C"), ("C", "K"), ("Y", "I"), ("I", "Y"),
        ("IE", "EE"), ("EE", "IE"), ("EI", "IE"), ("IE", "EI"), ("OU", "OW"), ("AY", "AI"), ("AI", "AY"),
        ("EA", "EE"), ("SON", "SEN"), ("SEN", "SON"), ("MAC", "MC"), ("MC", "MAC"), ("TH", "T"), ("Z", "S"),
        ("S", "Z"), ("X", "KS"), ("QU", "KW"), ("LL", "L"), ("L", "LL"), ("TT", "T"), ("NN", "N"), ("RR", "R"),
        ("SS", "S"), ("AE", "E"), ("GH", ""), ("W", "V"), ("V", "W"), ("EY", "IE"), ("IE", "Y"), ("OH", "O"),
        ("AH", "A"), ("DGE", "J"), ("SH", "SCH"), ("J", "DJ"), ("OO", "U"), ("U", "OO"),
    ]

    private static let keyboardNeighbours: [Character: String] = [
        "Q": "WA", "W": "QES", "E": "WRD", "R": "ETF", "T": "RYG", "Y": "TUH", "U": "YIJ", "I": "UOK", "O": "IPL",
        "P": "OL", "A": "QSZ", "S": "ADWX", "D": "SFEC", "F": "DGRV", "G": "FHTB", "H": "GJYN", "J": "HKUM",
        "K": "JLI", "L": "KO", "Z": "AX", "X": "ZCS", "C": "XVD", "V": "CBF", "B": "VNG", "N": "BMH", "M": "NJ",
    ]
}
