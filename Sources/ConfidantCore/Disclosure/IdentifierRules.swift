/// The shape shared by every identifier in the disclosure domain.
enum IdentifierRules {
    /// The longest identifier accepted.
    static let maximumLength = 64

    /// Why `text` is not an identifier, or `nil` when it is one.
    static func problem(with text: String) -> String? {
        let bytes = text.utf8
        guard let first = bytes.first else { return "an identifier cannot be empty" }
        guard bytes.count <= maximumLength else { return "an identifier has at most \(maximumLength) characters" }
        guard isAlphanumeric(first) else { return "an identifier starts with a letter or digit" }
        for byte in bytes where !isAlphanumeric(byte) {
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") else {
                return "an identifier holds only letters, digits, '-', '_' and '.'"
            }
        }
        return nil
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }
}
