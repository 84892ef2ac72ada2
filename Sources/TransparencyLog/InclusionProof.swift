/// A Merkle audit path proving that a leaf is in a tree (RFC 9162 section 2.1.3).
public struct InclusionProof: Sendable, Hashable {
    /// The zero-based index of the leaf.
    public let index: UInt64
    /// The size of the tree the proof is for.
    public let treeSize: UInt64
    /// The proof hashes, from the leaf's sibling up to the root's child.
    public let hashes: [LogHash]

    /// Creates a proof from its parts.
    ///
    /// - Parameters:
    ///   - index: The zero-based index of the leaf.
    ///   - treeSize: The size of the tree the proof is for.
    ///   - hashes: The proof hashes, leaf to root.
    public init(index: UInt64, treeSize: UInt64, hashes: [LogHash]) {
        self.index = index
        self.treeSize = treeSize
        self.hashes = hashes
    }

    /// Verifies that the leaf is in the tree with the given root (RFC 9162 section 2.1.3.2).
    ///
    /// - Parameters:
    ///   - leafHash: The leaf's hash, ``LogHash/leaf(_:)`` of the entry.
    ///   - rootHash: The trusted root of a tree of size ``treeSize``.
    /// - Returns: ``ProofVerification/valid``, or why the proof fails.
    public func verify(leafHash: LogHash, rootHash: LogHash) -> ProofVerification {
        switch self.walk(leafHash: leafHash) {
        case .failed(let failure):
            return .invalid(failure)
        case .root(let root) where root == rootHash:
            return .valid
        case .root:
            return .invalid(VerificationFailure(.rootMismatch, "the proof leads to a different root hash"))
        }
    }

    /// The root hash that the proof and `leafHash` lead to, or nil when the proof does not fit its tree size.
    ///
    /// - Parameter leafHash: The leaf's hash.
    /// - Returns: The root the proof implies.
    public func computedRoot(leafHash: LogHash) -> LogHash? {
        if case .root(let root) = self.walk(leafHash: leafHash) { root } else { nil }
    }

    private enum Walk {
        case root(LogHash)
        case failed(VerificationFailure)
    }

    private func walk(leafHash: LogHash) -> Walk {
        guard self.index < self.treeSize else {
            return .failed(
                VerificationFailure(.indexOutOfRange, "index \(self.index) is not below tree size \(self.treeSize)")
            )
        }
        var fn = self.index
        var sn = self.treeSize - 1
        var r = leafHash
        for p in self.hashes {
            guard sn != 0 else {
                return .failed(VerificationFailure(.wrongProofLength, "the proof has too many hashes"))
            }
            if fn & 1 == 1 || fn == sn {
                r = .node(p, r)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                r = .node(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        guard sn == 0 else {
            return .failed(VerificationFailure(.wrongProofLength, "the proof has too few hashes"))
        }
        return .root(r)
    }
}
