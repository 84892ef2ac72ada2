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
        return street.flatMap(tokens(line:))
    }

    /// Tokens of one address line (or of a query's free-text first line).
    public static func tokens(line: some StringProtocol) -> [String] {
        var words = NameNormalizer.fold(line).split(separator: " ").map(String.init)
        if let last = words.last, let full = streetTypes[last] {
            words[words.count - 1] = full
        }
        return words
    }

    /// Whether a token is a house or flat number (`12`, `12A`).
    static func isNumber(_ token: String) -> Bool {
        token.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
    }

    private static let streetTypes: [String: String] = [
        "ST": "STREET", "RD": "ROAD", "AVE": "AVENUE", "AV": "AVENUE", "LN": "LANE", "DR": "DRIVE", "CL": "CLOSE",
        "CRES": "CRESCENT", "CRESC": "CRESCENT", "GDNS": "GARDENS", "GRN": "GREEN", "GR": "GROVE", "GRV": "GROVE",
        "TCE": "TERRACE", "TER": "TERRACE", "PL": "PLACE", "CT": "COURT", "SQ": "SQUARE", "WLK": "WALK",
        "PDE": "PARADE", "HTS": "HEIGHTS", "MWS": "MEWS",
    ]
}
