import Crypto

/// An API key: a public identifier and a secret, written `cfd_<id>_<secret>`.
///
/// Only SHA-256 of the whole key is stored, so a copy of the database lets no one in.
/// The identifier is what lists, logs and revocation use; the secret is shown once.
public struct APIKey: Hashable, Sendable, CustomStringConvertible {
    /// The public part: 16 lowercase hex digits.
    public let id: String
    /// The secret part: 32 random bytes in lowercase hex.
    let secret: String

    /// A new key from the system's secure random generator.
    public static func generate() -> APIKey {
        var generator = SystemRandomNumberGenerator()
        return APIKey(id: hex(bytes: 8, using: &generator), secret: hex(bytes: 32, using: &generator))
    }

    /// Reads a key as presented; `nil` if it is not shaped like one.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "cfd", parts[1].count == 16, parts[2].count == 64,
            parts[1].allSatisfy(\.isHexDigit), parts[2].allSatisfy(\.isHexDigit)
        else { return nil }
        self.init(id: String(parts[1]), secret: String(parts[2]))
    }

    private init(id: String, secret: String) {
        self.id = id
        self.secret = secret
    }

    /// The key as the holder writes it in the `Authorization` header.
    public var text: String { "cfd_\(id)_\(secret)" }

    /// SHA-256 of ``text``: what is stored and looked up.
    public var secretHash: [UInt8] { Array(SHA256.hash(data: Array(text.utf8))) }

    /// Only the identifier: a key must never end up in a log by being printed.
    public var description: String { "cfd_\(id)_…" }

    private static func hex(bytes count: Int, using generator: inout some RandomNumberGenerator) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        for _ in 0..<count {
            let byte = UInt8.random(in: 0...255, using: &generator)
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
