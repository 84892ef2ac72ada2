/// American Soundex, the phonetic code PDS uses for fuzzy name search.
///
/// The first letter is kept; later consonants become digits (`BFPV` 1, `CGJKQSXZ` 2, `DT` 3,
/// `L` 4, `MN` 5, `R` 6); adjacent letters with the same digit count once, also across `H`
/// and `W`, while vowels separate them; the code is padded or cut to four characters.
/// `Robert` → `R163`, `Tymczak` → `T522`, `Pfister` → `P236`, `Ashcraft` → `A261`.
public enum Soundex {
    /// The Soundex code of a name, or an empty string when it has no letters.
    ///
    /// - Parameter name: any text; letters are read case-insensitively, everything else is skipped.
    public static func code(_ name: some StringProtocol) -> String {
        // At most four bytes, built in place: this runs several times for every patient imported.
        var code: (UInt8, UInt8, UInt8, UInt8) = (0x30, 0x30, 0x30, 0x30)
        var count = 0
        var previous: UInt8 = 0
        withUnsafeMutableBytes(of: &code) { output in
            for byte in name.utf8 {
                let letter = byte >= 0x61 && byte <= 0x7A ? byte - 32 : byte
                guard letter >= 0x41, letter <= 0x5A else { continue }
                let digit = digits[Int(letter - 0x41)]
                if count == 0 {
                    output[0] = letter
                    count = 1
                    previous = digit
                    continue
                }
                switch digit {
                case 0: previous = 0  // a vowel separates equal digits
                case 7: continue  // H and W do not
                default:
                    if digit != previous {
                        output[count] = 0x30 + digit
                        count += 1
                    }
                    previous = digit
                }
                if count == 4 { break }
            }
        }
        guard count > 0 else { return "" }
        return withUnsafeBytes(of: code) { String(decoding: $0, as: UTF8.self) }
    }

    /// Digit per letter A…Z; 0 for vowels (and Y), 7 for H and W.
    private static let digits: [UInt8] = [
        0, 1, 2, 3, 0, 1, 2, 7, 0, 2, 2, 4, 5, 5, 0, 1, 2, 6, 2, 3, 0, 1, 7, 2, 0, 2,
    ]
}
