import ConfidantCore

/// Normalises the street part of an address into comparable tokens.
///
/// Tokens are upper-case ASCII words and numbers; a street type abbreviated at the end
/// of a line is spelled out (`High St` → `HIGH STREET`, `Park Rd` → `PARK ROAD`), while
/// `St` elsewhere is left alone (`St John's Road` keeps `ST`).
public enum AddressNormalizer {
    /// Tokens of the lines that locate the home: the first two lines, leaving out the last
    /// line (the post town) when there are at least two.
    ///
    /// - Parameter lines: address lines in order.
    public static func tokens(lines: [String]) -> [String] {
        let street = lines.count >= 2 ? lines.dropLast().prefix(2) : lines.prefix(2)
        var tokens: [String] = []
        // Room for two lines' words at once: grown word by word, the array was reallocated about
        // three times an address.
        tokens.reserveCapacity(8)
        for line in street { appendTokens(of: line, to: &tokens) }
        return tokens
    }

    /// Tokens of one address line (or of a query's free-text first line).
    public static func tokens(line: some StringProtocol) -> [String] {
        var tokens: [String] = []
        appendTokens(of: line, to: &tokens)
        return tokens
    }

    /// Appends a line's words, its street type spelled out.
    ///
    /// ``NameNormalizer/fold(_:)`` gives ASCII with single spaces between words, so the words
    /// are cut at space bytes, without `split`'s intermediate substrings (an import does this
    /// for every address).
    private static func appendTokens(of line: some StringProtocol, to tokens: inout [String]) {
        var folded = NameNormalizer.fold(line)
        folded.withUTF8 { bytes in
            bytes.forEachSpaceSeparatedRange { range in
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                // The word that ends the text ends the line: `fold` leaves no space at the end.
                if range.upperBound == bytes.count, let full = streetType(abbreviated: word) {
                    tokens.append(full)
                } else {
                    tokens.append(String(decoding: word, as: UTF8.self))
                }
            }
        }
    }

    /// The street type a line's last word abbreviates, if it is one.
    ///
    /// Found by comparing the word's bytes, packed into an integer, with each abbreviation's:
    /// a dictionary keyed by strings hashed every address's last word.
    private static func streetType(abbreviated word: UnsafeBufferPointer<UInt8>) -> String? {
        guard let packed = packed(word) else { return nil }
        return streetTypes.first { $0.abbreviation == packed }?.full
    }

    /// Up to eight bytes as one integer, the first byte lowest; `nil` for longer words.
    private static func packed(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard word.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for (offset, byte) in word.enumerated() { packed |= UInt64(byte) << (8 * offset) }
        return packed
    }

    /// Whether a token is a house or flat number (`12`, `12A`).
    static func isNumber(_ token: String) -> Bool {
        token.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
    }

    private static let streetTypes: [(abbreviation: UInt64, full: String)] = streetTypeNames.map { abbreviation, full in
        var abbreviation = abbreviation
        return (abbreviation.withUTF8 { packed($0)! }, full)
    }

    /// Street types written short, and their full names.
    private static let streetTypeNames: KeyValuePairs<String, String> = [
        "ST": "STREET", "RD": "ROAD", "AVE": "AVENUE", "AV": "AVENUE", "LN": "LANE", "DR": "DRIVE", "CL": "CLOSE",
        "CRES": "CRESCENT", "CRESC": "CRESCENT", "GDNS": "GARDENS", "GRN": "GREEN", "GR": "GROVE", "GRV": "GROVE",
        "TCE": "TERRACE", "TER": "TERRACE", "PL": "PLACE", "CT": "COURT", "SQ": "SQUARE", "WLK": "WALK",
        "PDE": "PARADE", "HTS": "HEIGHTS", "MWS": "MEWS",
    ]
}
