import Crypto
import Foundation

/// A trusted Ed25519 note key: checks signatures on signed notes (C2SP signed-note).
///
/// Its text form, the verifier key, is `<name>+<key ID as 8 hex digits>+<base64(0x01 || public key)>`, as
/// golang.org/x/mod/sumdb/note writes it.
public struct NoteVerifier: Sendable, Hashable, CustomStringConvertible {
    /// The key name.
    public let name: String
    /// The key ID.
    public let keyID: NoteKeyID
    /// The 32-byte Ed25519 public key.
    public let publicKey: [UInt8]

    /// Creates a verifier from a key name and an Ed25519 public key.
    ///
    /// - Parameters:
    ///   - name: The key name: non-empty, with no white space and no `+`.
    ///   - publicKey: The 32-byte Ed25519 public key.
    /// - Throws: ``TransparencyLogError/Code/invalidKey`` when the name or key is malformed.
    public init(name: String, publicKey: some DataProtocol) throws {
        guard NoteKeyID.isValidKeyName(name) else {
            throw TransparencyLogError.invalidKey("a key name must be non-empty, without spaces or '+'")
        }
        guard publicKey.count == 32 else {
            throw TransparencyLogError.invalidKey("an Ed25519 public key is 32 bytes")
        }
        self.name = name
        self.publicKey = Array(publicKey)
        self.keyID = NoteKeyID.ed25519(name: name, publicKey: self.publicKey)
    }

    /// A verifier whose name was already validated and whose ID was derived from `publicKey`.
    internal init(validName name: String, keyID: NoteKeyID, publicKey: [UInt8]) {
        self.name = name
        self.keyID = keyID
        self.publicKey = publicKey
    }

    /// Parses a verifier key, `<name>+<hex key ID>+<base64(0x01 || public key)>`.
    ///
    /// - Parameter verifierKey: The verifier key text.
    /// - Throws: ``TransparencyLogError/Code/invalidKey`` when the text is malformed, the key type is not
    ///   Ed25519, or the key ID does not match the name and key.
    public init(verifierKey: String) throws {
        let parts = verifierKey.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].utf8.count == 8, let id = Hex.decode(parts[1]),
            let key = Base64.decode(parts[2]), key.count == 33
        else {
            throw TransparencyLogError.invalidKey("a verifier key must be <name>+<8 hex digits>+<base64 key>")
        }
        guard key[0] == NoteKeyID.ed25519SignatureType else {
            throw TransparencyLogError.invalidKey("only Ed25519 keys (type 0x01) are supported")
        }
        try self.init(name: String(parts[0]), publicKey: key[1...])
        guard self.keyID.bytes == id else {
            throw TransparencyLogError.invalidKey("the verifier key's ID does not match its name and key")
        }
    }

    /// The verifier key text, `<name>+<hex key ID>+<base64(0x01 || public key)>`.
    public var verifierKey: String {
        "\(self.name)+\(self.keyID.hex)+\(Base64.encode([NoteKeyID.ed25519SignatureType] + self.publicKey))"
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` by this key.
    ///
    /// - Parameters:
    ///   - message: The signed bytes.
    ///   - signature: The 64-byte signature, without the key ID.
    /// - Returns: Whether the signature verifies.
    public func isValidSignature(_ signature: some DataProtocol, for message: some DataProtocol) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: self.publicKey) else {
            return false
        }
        return key.isValidSignature(signature, for: message)
    }

    public var description: String {
        self.verifierKey
    }
}
