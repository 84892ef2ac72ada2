/// A log entry: an event's kind and its commitment, never the event itself.
///
/// The encoding, byte by byte, for auditors who reimplement it:
///
/// | offset | length | content |
/// |---|---|---|
/// | 0 | 1 | format version, `0x01` |
/// | 1 | 1 | `k`, the length of the event kind, 1 to 32 |
/// | 2 | `k` | the event kind in ASCII: `a`-`z`, `0`-`9`, `-` |
/// | 2 + `k` | 32 | the ``EventCommitment`` value |
///
/// The entry is `34 + k` bytes with nothing after the commitment. For example the kind `received` (8
/// bytes) with commitment `c` encodes as `01 08 72 65 63 65 69 76 65 64 || c`, 42 bytes. The entry's leaf
/// hash is SHA-256(0x00 || entry), as for any RFC 9162 leaf.
public struct LeafEntry: Sendable, Hashable {
    /// The encoding's version byte.
    public static let version: UInt8 = 0x01

    /// The event's kind.
    public let kind: EventKind
    /// The commitment to the event.
    public let commitment: LogHash

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - kind: The event's kind.
    ///   - commitment: The commitment to the event, ``EventCommitment/value``.
    public init(kind: EventKind, commitment: LogHash) {
        self.kind = kind
        self.commitment = commitment
    }

    /// Parses an entry.
    ///
    /// - Parameter bytes: The entry's bytes.
    /// - Throws: ``TransparencyLogError/Code/invalidLeafEntry`` when the bytes do not follow the encoding.
    public init(bytes: [UInt8]) throws {
        guard bytes.count >= 3, bytes[0] == Self.version else {
            throw TransparencyLogError.invalidLeafEntry("a leaf entry starts with version byte 0x01")
        }
        let length = Int(bytes[1])
        guard (1...EventKind.maximumLength).contains(length), bytes.count == 2 + length + LogHash.byteCount else {
            throw TransparencyLogError.invalidLeafEntry("a leaf entry is 34 bytes plus its kind's 1 to 32 bytes")
        }
        guard let kind = try? EventKind(String(decoding: bytes[2..<(2 + length)], as: UTF8.self)) else {
            throw TransparencyLogError.invalidLeafEntry("a leaf entry's kind must be a-z, 0-9 and '-'")
        }
        self.kind = kind
        self.commitment = try LogHash(bytes: bytes[(2 + length)...])
    }

    /// The entry's bytes, as the log stores them.
    public var bytes: [UInt8] {
        [Self.version, UInt8(self.kind.rawValue.utf8.count)] + Array(self.kind.rawValue.utf8) + self.commitment.bytes
    }

    /// The entry's leaf hash.
    public var leafHash: LogHash {
        .leaf(self.bytes)
    }
}
