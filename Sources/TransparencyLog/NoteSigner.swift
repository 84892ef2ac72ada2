import Crypto
import Foundation

/// An Ed25519 note signing key (C2SP signed-note).
///
/// Its text form, the signer key, is `PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || seed)>`, as
/// golang.org/x/mod/sumdb/note writes it. The signer key is a secret: ``description`` never shows it, and
/// errors never contain it.
public struct NoteSigner: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The key name.
    public let name: String
    /// The key ID.
    public let keyID: NoteKeyID
    private let privateKey: Curve25519.Signing.PrivateKey

    /// Creates a signer from a key name and a 32-byte Ed25519 seed (the RFC 8032 private key).
    ///
    /// - Parameters:
    ///   - name: The key name: non-empty, with no white space and no `+`.
    ///   - seed: The 32-byte seed.
    /// - Throws: ``TransparencyLogError/Code/invalidKey`` when the name or seed is malformed.
    public init(name: String, seed: some DataProtocol) throws {
        guard NoteKeyID.isValidKeyName(name) else {
            throw TransparencyLogError.invalidKey("a key name must be non-empty, without spaces or '+'")
        }
        guard seed.count == 32 else {
            throw TransparencyLogError.invalidKey("an Ed25519 seed is 32 bytes")
        }
        do {
            self.privateKey = try Curve25519.Signing.PrivateKey(rawRepresentation: Array(seed))
        } catch {
            throw TransparencyLogError.invalidKey("the Ed25519 seed was rejected", underlying: error)
        }
        self.name = name
        self.keyID = NoteKeyID.ed25519(name: name, publicKey: self.privateKey.publicKey.rawRepresentation)
    }

    /// Parses a signer key, `PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || seed)>`.
    ///
    /// - Parameter signerKey: The signer key text.
    /// - Throws: ``TransparencyLogError/Code/invalidKey`` when the text is malformed, the key type is not
    ///   Ed25519, or the key ID does not match the name and the derived public key.
    public init(signerKey: String) throws {
        let parts = signerKey.split(separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "PRIVATE", parts[1] == "KEY", parts[3].utf8.count == 8,
            let id = Hex.decode(parts[3]), let key = Base64.decode(parts[4]), key.count == 33
        else {
            throw TransparencyLogError.invalidKey("a signer key must be PRIVATE+KEY+<name>+<8 hex digits>+<key>")
        }
        guard key[0] == NoteKeyID.ed25519SignatureType else {
            throw TransparencyLogError.invalidKey("only Ed25519 keys (type 0x01) are supported")
        }
        try self.init(name: String(parts[2]), seed: key[1...])
        guard self.keyID.bytes == id else {
            throw TransparencyLogError.invalidKey("the signer key's ID does not match its name and key")
        }
    }

    /// Generates a new key from the system's secure random source.
    ///
    /// - Parameter name: The key name: non-empty, with no white space and no `+`.
    /// - Throws: ``TransparencyLogError/Code/invalidKey`` when the name is malformed.
    /// - Returns: The new signer.
    public static func generate(name: String) throws -> NoteSigner {
        try NoteSigner(name: name, seed: Curve25519.Signing.PrivateKey().rawRepresentation)
    }

    /// The signer key text. It is a secret: store it as one.
    public var signerKey: String {
        let key = Base64.encode([NoteKeyID.ed25519SignatureType] + Array(self.privateKey.rawRepresentation))
        return "PRIVATE+KEY+\(self.name)+\(self.keyID.hex)+\(key)"
    }

    /// The matching verifier, to give to anyone who checks signatures.
    public var verifier: NoteVerifier {
        NoteVerifier(
            validName: self.name, keyID: self.keyID, publicKey: Array(self.privateKey.publicKey.rawRepresentation))
    }

    /// Signs a message with Ed25519.
    ///
    /// - Parameter message: The bytes to sign; for a note, its text including the final newline.
    /// - Throws: ``TransparencyLogError/Code/signingFailed`` when the primitive fails.
    /// - Returns: The 64-byte signature, without the key ID.
    public func signature(for message: some DataProtocol) throws -> [UInt8] {
        do {
            return Array(try self.privateKey.signature(for: message))
        } catch {
            throw TransparencyLogError.signingFailed("Ed25519 signing failed", underlying: error)
        }
    }

    /// The key name and ID; never the key.
    public var description: String {
        "NoteSigner(\(self.name)+\(self.keyID.hex), private key redacted)"
    }

    public var debugDescription: String {
        self.description
    }
}
