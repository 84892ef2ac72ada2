/// One signature line of a signed note: `— <key name> base64(key ID || signature)`.
public struct NoteSignature: Sendable, Hashable {
    /// The name of the key that made the signature.
    public let keyName: String
    /// The ID of the key that made the signature.
    public let keyID: NoteKeyID
    /// The signature bytes, without the key ID.
    public let signature: [UInt8]

    /// Creates a signature line.
    ///
    /// - Parameters:
    ///   - keyName: The key name: non-empty, with no white space and no `+`.
    ///   - keyID: The key ID.
    ///   - signature: The signature bytes, without the key ID; at least one byte.
    /// - Throws: ``TransparencyLogError/Code/malformedNote`` when the name or signature is malformed.
    public init(keyName: String, keyID: NoteKeyID, signature: [UInt8]) throws {
        guard NoteKeyID.isValidKeyName(keyName) else {
            throw TransparencyLogError.malformedNote("a signature's key name must be non-empty, without spaces or '+'")
        }
        guard !signature.isEmpty else {
            throw TransparencyLogError.malformedNote("a signature must not be empty")
        }
        self.keyName = keyName
        self.keyID = keyID
        self.signature = signature
    }

    /// The em dash and space that begin every signature line.
    internal static let linePrefix: [UInt8] = Array("\u{2014} ".utf8)

    /// Parses one signature line, without its newline.
    internal init(line: ArraySlice<UInt8>) throws {
        guard line.starts(with: Self.linePrefix) else {
            throw TransparencyLogError.malformedNote("a signature line must start with an em dash (U+2014) and a space")
        }
        let rest = line.dropFirst(Self.linePrefix.count)
        guard let space = rest.firstIndex(of: UInt8(ascii: " ")) else {
            throw TransparencyLogError.malformedNote("a signature line must be '— <key name> <signature>'")
        }
        let name = String(decoding: rest[..<space], as: UTF8.self)
        guard let blob = Base64.decode(String(decoding: rest[(space + 1)...], as: UTF8.self)), blob.count >= 5 else {
            throw TransparencyLogError.malformedNote("a signature must be base64 of a key ID and at least one byte")
        }
        let id = blob.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        try self.init(keyName: name, keyID: NoteKeyID(rawValue: id), signature: Array(blob.dropFirst(4)))
    }

    /// The line, without its newline.
    public var line: String {
        "\u{2014} \(self.keyName) \(Base64.encode(self.keyID.bytes + self.signature))"
    }
}
