/// A transparency log checkpoint: the note text a log signs to commit to its tree (C2SP tlog-checkpoint).
///
/// The text is the origin line, the tree size in decimal, the root hash in base64, and any extension
/// lines, each ending in a newline:
///
/// ```
/// tlogverify.example/selftest
/// 3
/// NmQuc8JUCrEh46a/lUWwokmCzYMOsT080Z3jzmwCHsE=
/// ```
public struct Checkpoint: Sendable, Hashable {
    /// The unique name of the log, by convention its URL prefix without the scheme.
    public let origin: String
    /// The number of leaves in the tree.
    public let size: UInt64
    /// The root hash of the tree.
    public let rootHash: LogHash
    /// Opaque extension lines; their use is not recommended, as monitors cannot audit them.
    public let extensions: [String]

    /// Creates a checkpoint.
    ///
    /// - Parameters:
    ///   - origin: The log's origin: non-empty, one line, no control characters.
    ///   - size: The tree size.
    ///   - rootHash: The root hash of the tree of `size` leaves.
    ///   - extensions: Extension lines, each non-empty, one line, no control characters.
    /// - Throws: ``TransparencyLogError/Code/invalidCheckpoint`` when a line is empty or has a control
    ///   character.
    public init(origin: String, size: UInt64, rootHash: LogHash, extensions: [String] = []) throws {
        for line in [origin] + extensions {
            guard !line.isEmpty, !line.utf8.contains(where: { $0 < 0x20 }) else {
                throw TransparencyLogError.invalidCheckpoint(
                    "checkpoint lines must be non-empty, without newlines or control characters"
                )
            }
        }
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
        self.extensions = extensions
    }

    /// The note text: origin, size, root hash and extension lines, each ending in a newline.
    public var text: String {
        ([self.origin, String(self.size), self.rootHash.base64] + self.extensions).map { $0 + "\n" }.joined()
    }

    /// Signs the checkpoint, producing the signed note a log serves at `<prefix>/checkpoint`.
    ///
    /// - Parameter signers: The log's keys; the first key's name should equal the origin.
    /// - Throws: ``TransparencyLogError/Code/signingFailed`` when signing fails.
    /// - Returns: The signed note.
    public func sign(with signers: [NoteSigner]) throws -> SignedNote {
        try SignedNote.sign(text: self.text, with: signers)
    }
}
