/// The outcome of verifying a receipt.
public enum ReceiptVerification: Sendable, Hashable {
    /// The entry is at `index` in the tree of the verified checkpoint.
    case verified(index: UInt64, checkpoint: Checkpoint)
    /// The receipt does not prove inclusion, for the reason given.
    case rejected(VerificationFailure)

    /// Whether the receipt verified.
    public var isVerified: Bool {
        if case .verified = self { true } else { false }
    }

    /// The failure, or nil when the receipt verified.
    public var failure: VerificationFailure? {
        if case .rejected(let failure) = self { failure } else { nil }
    }
}

extension Receipt {
    /// Verifies that the entry with `leafHash` is in the log, offline.
    ///
    /// Checks the checkpoint's signature against the trusted keys, its origin, that the index is inside its
    /// tree, and that the inclusion proof leads from the leaf to its root hash.
    ///
    /// - Parameters:
    ///   - leafHash: The leaf hash of the entry, ``LogHash/leaf(_:)``.
    ///   - verifiers: The log's trusted keys.
    ///   - origin: The expected log origin; nil to accept any log the keys sign for.
    /// - Returns: The index and checkpoint, or why the receipt fails.
    public func verify(leafHash: LogHash, verifiers: [NoteVerifier], origin: String? = nil) -> ReceiptVerification {
        let checkpoint: Checkpoint
        switch Checkpoint.open(self.checkpoint.bytes, verifiers: verifiers, origin: origin) {
        case .rejected(let failure): return .rejected(failure)
        case .verified(let verified): checkpoint = verified
        }
        let inclusion = InclusionProof(index: self.index, treeSize: checkpoint.size, hashes: self.proof)
        switch inclusion.verify(leafHash: leafHash, rootHash: checkpoint.rootHash) {
        case .invalid(let failure): return .rejected(failure)
        case .valid: return .verified(index: self.index, checkpoint: checkpoint)
        }
    }

    /// Verifies that `entry` is in the log, offline.
    ///
    /// - Parameters:
    ///   - entry: The entry's bytes, such as ``LeafEntry/bytes``.
    ///   - verifiers: The log's trusted keys.
    ///   - origin: The expected log origin; nil to accept any log the keys sign for.
    /// - Returns: The index and checkpoint, or why the receipt fails.
    public func verify(entry: [UInt8], verifiers: [NoteVerifier], origin: String? = nil) -> ReceiptVerification {
        self.verify(leafHash: .leaf(entry), verifiers: verifiers, origin: origin)
    }

    /// Parses and verifies a receipt.
    ///
    /// - Parameters:
    ///   - bytes: The receipt's bytes.
    ///   - leafHash: The leaf hash of the entry.
    ///   - verifiers: The log's trusted keys.
    ///   - origin: The expected log origin; nil to accept any.
    /// - Returns: The index and checkpoint, or why the receipt fails; a malformed receipt is rejected with
    ///   ``VerificationFailure/Reason/malformedReceipt``.
    public static func open(
        _ bytes: [UInt8],
        leafHash: LogHash,
        verifiers: [NoteVerifier],
        origin: String? = nil
    ) -> ReceiptVerification {
        do {
            return try Receipt(parsing: bytes).verify(leafHash: leafHash, verifiers: verifiers, origin: origin)
        } catch {
            return .rejected(VerificationFailure(.malformedReceipt, SignedNote.message(error)))
        }
    }
}
