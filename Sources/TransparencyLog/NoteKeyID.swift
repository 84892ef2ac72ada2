import Crypto
import Foundation

/// The 32-bit ID that names a note key together with its key name (C2SP signed-note).
public struct NoteKeyID: Sendable, Hashable, CustomStringConvertible {
    /// The signature type byte of Ed25519 note signatures.
    public static let ed25519SignatureType: UInt8 = 0x01

    /// The ID as a number; signatures carry it as 4 big-endian bytes.
    public let rawValue: UInt32

    /// Creates an ID from its numeric value.
    ///
    /// - Parameter rawValue: The ID.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// The ID of an Ed25519 key: the first 4 bytes of SHA-256(key name || 0x0A || 0x01 || public key).
    ///
    /// - Parameters:
    ///   - name: The key name.
    ///   - publicKey: The 32-byte Ed25519 public key.
    /// - Returns: The key ID.
    public static func ed25519(name: String, publicKey: some DataProtocol) -> NoteKeyID {
        var hasher = SHA256()
        hasher.update(data: Array(name.utf8) + [0x0a, Self.ed25519SignatureType])
        hasher.update(data: publicKey)
        return hasher.finalize().withUnsafeBytes { digest in
            NoteKeyID(rawValue: digest.prefix(4).reduce(0) { $0 << 8 | UInt32($1) })
        }
    }

    /// The ID as 4 big-endian bytes.
    public var bytes: [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: self.rawValue >> $0) }
    }

    /// The ID as 8 lowercase hexadecimal digits, as verifier keys write it.
    public var hex: String {
        Hex.encode(self.bytes)
    }

    public var description: String {
        self.hex
    }

    /// Whether `name` is a valid key name: non-empty, with no Unicode white space and no `+`.
    ///
    /// - Parameter name: The key name.
    /// - Returns: Whether the name is valid.
    public static func isValidKeyName(_ name: some StringProtocol) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { $0.properties.isWhitespace || $0 == "+" }
    }
}
