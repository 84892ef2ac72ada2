/// A proof that a tree is an append-only extension of an earlier tree (RFC 9162 section 2.1.4).
public struct ConsistencyProof: Sendable, Hashable {
    /// The size of the earlier tree.
    public let oldSize: UInt64
    /// The size of the later tree.
    public let newSize: UInt64
    /// The proof hashes, in the order RFC 9162 section 2.1.4.1 gives.
    public let hashes: [LogHash]

    /// Creates a proof from its parts.
    ///
    /// - Parameters:
    ///   - oldSize: The size of the earlier tree.
    ///   - newSize: The size of the later tree.
    ///   - hashes: The proof hashes.
    public init(oldSize: UInt64, newSize: UInt64, hashes: [LogHash]) {
        self.oldSize = oldSize
        self.newSize = newSize
        self.hashes = hashes
    }

    /// Verifies that the tree with root `newRoot` extends the tree with root `oldRoot` (RFC 9162 section
    /// 2.1.4.2).
    ///
    /// Equal sizes need an empty proof and equal roots; an old size of 0 needs an empty proof and the empty
    /// tree's root as `oldRoot`.
    ///
    /// - Parameters:
    ///   - oldRoot: The trusted root of the tree of size ``oldSize``.
    ///   - newRoot: The trusted root of the tree of size ``newSize``.
    /// - Returns: ``ProofVerification/valid``, or why the proof fails.
    public func verify(oldRoot: LogHash, newRoot: LogHash) -> ProofVerification {
        guard self.oldSize <= self.newSize else {
            return .invalid(VerificationFailure(.sizeOutOfOrder, "the old tree is larger than the new tree"))
        }
        if self.oldSize == 0 || self.oldSize == self.newSize {
            guard self.hashes.isEmpty else {
                return .invalid(VerificationFailure(.wrongProofLength, "this proof must be empty"))
            }
            let expected = self.oldSize == 0 ? LogHash.emptyTree : newRoot
            return oldRoot == expected
                ? .valid : .invalid(VerificationFailure(.rootMismatch, "the old root does not match"))
        }
        return self.verifyPath(oldRoot: oldRoot, newRoot: newRoot)
    }

    private func verifyPath(oldRoot: LogHash, newRoot: LogHash) -> ProofVerification {
        var path = self.hashes[...]
        if self.oldSize & (self.oldSize - 1) == 0 {
            path = [oldRoot] + path
        }
        guard let first = path.first else {
            return .invalid(VerificationFailure(.wrongProofLength, "the proof is empty"))
        }
        var fn = self.oldSize - 1
        var sn = self.newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = first
        var sr = first
        for c in path.dropFirst() {
            guard sn != 0 else {
                return .invalid(VerificationFailure(.wrongProofLength, "the proof has too many hashes"))
            }
            if fn & 1 == 1 || fn == sn {
                fr = .node(c, fr)
                sr = .node(c, sr)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                sr = .node(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        guard sn == 0 else {
            return .invalid(VerificationFailure(.wrongProofLength, "the proof has too few hashes"))
        }
        guard fr == oldRoot else {
            return .invalid(VerificationFailure(.rootMismatch, "the proof leads to a different old root"))
        }
        guard sr == newRoot else {
            return .invalid(VerificationFailure(.rootMismatch, "the proof leads to a different new root"))
        }
        return .valid
    }
}
