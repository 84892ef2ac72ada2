/// An offline-verifiable proof that an entry is in the log: a C2SP tlog-proof.
///
/// A receipt bundles the entry's index, its Merkle inclusion proof and the signed checkpoint the proof is
/// for. Anyone holding the entry and the log's verifier key can check it without contacting the log:
///
/// ```
/// c2sp.org/tlog-proof@v1
/// index 2
/// sTeYX/SE+2ANuTEHx3sDZcgNePW0Kd7Q/Zc2HQd5mes=
///
/// tlogverify.example/selftest
/// 3
/// NmQuc8JUCrEh46a/lUWwokmCzYMOsT080Z3jzmwCHsE=
///
/// — tlogverify.example/selftest BnpNvUu5qfC4r7nk/J9mELZZbuf//5nF/HPgrLV2FykNRCR+C3kSW1qzzigAn+b/J1NGkJ6IoqB7XwFa80thgCOlFAo=
/// ```
public struct Receipt: Sendable, Hashable {
    /// The first line of every receipt.
    public static let header = "c2sp.org/tlog-proof@v1"
    /// The most proof hashes a receipt may carry: one per level of a 2^64-entry tree.
    public static let maximumProofLength = 64

    /// The zero-based index of the entry.
    public let index: UInt64
    /// The inclusion proof hashes, from the leaf's sibling up to the root's child.
    public let proof: [LogHash]
    /// The signed checkpoint the proof is for.
    public let checkpoint: SignedNote
    /// Opaque application data; unauthenticated, so never to be trusted implicitly.
    public let extra: [UInt8]?

    /// Creates a receipt from its parts.
    ///
    /// - Parameters:
    ///   - index: The zero-based index of the entry.
    ///   - proof: The inclusion proof hashes, leaf to root.
    ///   - checkpoint: The signed checkpoint the proof is for.
    ///   - extra: Opaque application data, or nil for none.
    /// - Throws: ``TransparencyLogError/Code/invalidReceipt`` when the proof is longer than 64 hashes.
    public init(index: UInt64, proof: [LogHash], checkpoint: SignedNote, extra: [UInt8]? = nil) throws {
        guard proof.count <= Self.maximumProofLength else {
            throw TransparencyLogError.invalidReceipt("a proof has at most \(Self.maximumProofLength) hashes")
        }
        self.index = index
        self.proof = proof
        self.checkpoint = checkpoint
        self.extra = extra
    }

    /// Builds the receipt for entry `index` against a signed checkpoint, reading the proof hashes from
    /// storage.
    ///
    /// - Parameters:
    ///   - index: The zero-based index of the entry.
    ///   - checkpoint: The log's signed checkpoint; the proof is for its tree size.
    ///   - reader: The source of stored hashes for a tree of at least the checkpoint's size.
    ///   - extra: Opaque application data, or nil for none.
    /// - Throws: ``TransparencyLogError/Code/invalidCheckpoint`` when the checkpoint text is malformed,
    ///   ``TransparencyLogError/Code/invalidProofRequest`` when the entry is not in the checkpoint's tree, and
    ///   ``TransparencyLogError/Code/storageFailure`` when the reader fails.
    /// - Returns: The receipt.
    public static func generate(
        index: UInt64,
        checkpoint: SignedNote,
        from reader: some HashReader,
        extra: [UInt8]? = nil
    ) async throws -> Receipt {
        let tree = try Checkpoint(parsing: checkpoint.text)
        let proof = try await InclusionProof.generate(index: index, treeSize: tree.size, from: reader)
        return try Receipt(index: index, proof: proof.hashes, checkpoint: checkpoint, extra: extra)
    }

    /// The receipt as text, ready to store in a `.tlog-proof` file.
    public var formatted: String {
        var text = Self.header + "\n"
        if let extra = self.extra {
            text += "extra " + Base64.encode(extra) + "\n"
        }
        text += "index \(self.index)\n"
        text += self.proof.map { $0.base64 + "\n" }.joined()
        return text + "\n" + self.checkpoint.formatted
    }

    /// The receipt's bytes.
    public var bytes: [UInt8] {
        Array(self.formatted.utf8)
    }
}
