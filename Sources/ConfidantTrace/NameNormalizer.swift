import ConfidantCore
import Foundation

/// Turns names as people write them into the comparable form every part of tracing uses.
///
/// The form is upper-case ASCII letters: case and diacritics are folded (`Zoë` → `ZOE`,
/// `Łukasz` → `LUKASZ`), apostrophes vanish (`O'Brien` → `OBRIEN`), and spaces, hyphens
/// and other punctuation separate tokens (`Smith-Jones` → `SMITH`, `JONES`). Titles
/// (`Mr`, `Dr`, ...) are removed from the front and generational suffixes (`Jr`, `III`)
/// from the end, as long as a name remains.
public enum NameNormalizer {
    /// The name's tokens in order, titles and suffixes removed.
    ///
    /// - Parameter text: a name as written, possibly several names (`"Mr John Paul"`).
    /// - Returns: upper-case ASCII tokens, empty when the text holds no letters.
    public static func tokens(_ text: some StringProtocol) -> [String] {
        // Most names fold to one token: no split, no second string.
        var tokens = fold(text).spaceSeparatedWords()
        guard tokens.count > 1 else { return tokens }
        while tokens.count > 1, let first = tokens.first, titles.contains(first) {
            tokens.removeFirst()
        }
        while tokens.count > 1, let last = tokens.last, suffixes.contains(last) {
            tokens.removeLast()
        }
        return tokens
    }

    /// A family name as a single key: its tokens joined without separators, so that
    /// `O'Brien`, `O Brien` and `OBrien` agree, as do `van der Berg` and `Vanderberg`.
    public static func familyKey(_ text: some StringProtocol) -> String {
        familyKey(tokens: tokens(text))
    }

    /// ``familyKey(_:)`` of a name already split by ``tokens(_:)``.
    static func familyKey(tokens: [String]) -> String {
        tokens.count == 1 ? tokens[0] : tokens.joined()
    }

    /// The distinctive parts of a multi-part family name (`Smith-Jones` → `SMITH`, `JONES`;
    /// `van der Berg` → `BERG`), or an empty array for a one-part name.
    public static func familyParts(_ text: some StringProtocol) -> [String] {
        familyParts(tokens: tokens(text))
    }

    /// ``familyParts(_:)`` of a name already split by ``tokens(_:)``.
    static func familyParts(tokens parts: [String]) -> [String] {
        guard parts.count > 1 else { return [] }
        let distinctive = parts.filter { !particles.contains($0) && $0.utf8.count > 1 }
        if distinctive.count > 1 { return distinctive }
        // `van der Berg` → `BERG`; but `O Brien` is one name written with a space, not two parts.
        return parts.contains(where: particles.contains) ? distinctive : []
    }

    /// Upper-case ASCII letters and digits with single spaces between tokens.
    ///
    /// Apostrophes are dropped rather than treated as separators, so `D'Souza` is one token.
    public static func fold(_ text: some StringProtocol) -> String {
        // Nearly every name and address line is ASCII: fold its bytes in place, with no
        // Unicode scalar decoding and no intermediate array. Same result as the loop below.
        // The bytes are read from one contiguous buffer: stepping through a `UTF8View`, twice,
        // cost as much as the folding.
        var contiguous = String(text)
        if let folded = contiguous.withUTF8(foldASCII) { return folded }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func emit(_ byte: UInt8) {
            if pendingSpace, !output.isEmpty { output.append(UInt8(ascii: " ")) }
            pendingSpace = false
            output.append(byte)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x61...0x7A: emit(UInt8(value - 32))
            case 0x41...0x5A, 0x30...0x39: emit(UInt8(value))
            case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x02BC: continue  // apostrophes join
            case 0...0x7F: pendingSpace = true
            default:
                let folded = foldNonASCII(scalar)
                if folded.isEmpty {
                    pendingSpace = true
                } else {
                    folded.utf8.forEach(emit)
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// ``fold(_:)`` of ASCII text, or `nil` if `bytes` are not all ASCII.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var bits: UInt8 = 0
        for byte in bytes { bits |= byte }
        guard bits < 0x80 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                var folded = byte
                switch byte {
                case 0x61...0x7A: folded = byte - 32
                case 0x41...0x5A, 0x30...0x39: break
                case 0x27, 0x60: continue  // apostrophes join
                default:
                    pendingSpace = true
                    continue
                }
                if pendingSpace, count > 0 {
                    buffer[count] = UInt8(ascii: " ")
                    count += 1
                }
                pendingSpace = false
                buffer[count] = folded
                count += 1
            }
            return count
        }
    }

    /// The ASCII letters a non-ASCII scalar stands for: `é` → `E`, `ß` → `SS`, `Ø` → `O`;
    /// empty for marks, symbols and letters of other scripts.
    private static func foldNonASCII(_ scalar: Unicode.Scalar) -> String {
        if let special = specialLetters[scalar] { return special }
        if scalar.properties.generalCategory == .nonspacingMark { return "" }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = decomposed.first, base.isASCII, base.properties.isAlphabetic else { return "" }
        return String(base).uppercased()
    }

    private static let specialLetters: [Unicode.Scalar: String] = [
        "ß": "SS", "æ": "AE", "Æ": "AE", "ø": "O", "Ø": "O", "ł": "L", "Ł": "L", "đ": "D", "Đ": "D",
        "þ": "TH", "Þ": "TH", "œ": "OE", "Œ": "OE", "ı": "I", "ð": "D", "Ð": "D", "ŀ": "L", "Ŀ": "L",
    ]

    /// Courtesy, professional, religious and military titles written before a name.
    static let titles: Set<String> = [
        "MR", "MRS", "MS", "MISS", "MX", "MASTER", "DR", "DOCTOR", "PROF", "PROFESSOR", "REV", "REVD",
        "REVEREND", "SIR", "DAME", "LADY", "LORD", "FR", "CAPT", "CAPTAIN", "COL", "MAJ", "HON", "RT",
    ]

    /// Generational and honorific suffixes written after a family name.
    static let suffixes: Set<String> = ["JR", "JNR", "SR", "SNR", "II", "III", "IV", "ESQ", "OBE", "MBE"]

    /// Particles of multi-part family names that carry no identity on their own.
    static let particles: Set<String> = [
        "VAN", "VON", "DER", "DEN", "DE", "LA", "LE", "DI", "DA", "DEL", "DELLA", "DOS", "DAS", "DU", "ST", "AL",
        "EL", "BIN", "BINTI", "BEN", "AP",
    ]
}
