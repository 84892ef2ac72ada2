/// An in-memory Merkle tree that computes roots and proofs straight from the recursive definitions of
/// RFC 9162 sections 2.1.1, 2.1.3.1 and 2.1.4.1.
///
/// This is the reference implementation: simple, obviously correct, and O(n) per call. Servers generate
/// proofs from stored tiles instead (``InclusionProof/generate(index:treeSize:from:)``); tests check the two
/// agree.
public struct MerkleTree: Sendable, Hashable {
    /// The leaf hashes, in log order.
    public private(set) var leafHashes: [LogHash]

    /// Creates a tree from leaf hashes.
    ///
    /// - Parameter leafHashes: The leaf hashes, in log order.
    public init(leafHashes: [LogHash] = []) {
        self.leafHashes = leafHashes
    }

    /// Creates a tree from entries, hashing each as a leaf.
    ///
    /// - Parameter entries: The entries, in log order.
    public init(entries: [[UInt8]]) {
        self.leafHashes = entries.map { LogHash.leaf($0) }
    }

    /// The number of leaves.
    public var size: UInt64 {
        UInt64(self.leafHashes.count)
    }

    /// Appends an entry.
    ///
    /// - Parameter entry: The entry's bytes.
    public mutating func append(entry: [UInt8]) {
        self.leafHashes.append(.leaf(entry))
    }

    /// The root hash of the first `size` leaves, MTH(D[0:size]).
    ///
    /// - Parameter size: The tree size; at most ``size``.
    /// - Throws: ``TransparencyLogError/Code/invalidProofRequest`` when `size` exceeds the tree.
    /// - Returns: The root hash.
    public func rootHash(size: UInt64) throws -> LogHash {
        guard size <= self.size else {
            throw TransparencyLogError.invalidProofRequest("tree size \(size) exceeds \(self.size) leaves")
        }
        return self.mth(0..<Int(size))
    }

    /// The root hash of the whole tree.
    public var rootHash: LogHash {
        self.mth(0..<self.leafHashes.count)
    }

    /// The inclusion proof PATH(index, D[0:treeSize]) of RFC 9162 section 2.1.3.1.
    ///
    /// - Parameters:
    ///   - index: The leaf index.
    ///   - treeSize: The tree size; at most ``size``.
    /// - Throws: ``TransparencyLogError/Code/invalidProofRequest`` unless `index < treeSize <= size`.
    /// - Returns: The proof.
    public func inclusionProof(index: UInt64, treeSize: UInt64) throws -> InclusionProof {
        guard index < treeSize, treeSize <= self.size else {
            throw TransparencyLogError.invalidProofRequest("no leaf \(index) in a tree of size \(treeSize)")
        }
        let hashes = self.path(Int(index), 0..<Int(treeSize))
        return InclusionProof(index: index, treeSize: treeSize, hashes: hashes)
    }

    /// The consistency proof PROOF(oldSize, D[0:newSize]) of RFC 9162 section 2.1.4.1.
    ///
    /// - Parameters:
    ///   - oldSize: The earlier tree size.
    ///   - newSize: The later tree size; at most ``size``.
    /// - Throws: ``TransparencyLogError/Code/invalidProofRequest`` unless `oldSize <= newSize <= size`.
    /// - Returns: The proof; empty when `oldSize` is 0 or equals `newSize`.
    public func consistencyProof(oldSize: UInt64, newSize: UInt64) throws -> ConsistencyProof {
        guard oldSize <= newSize, newSize <= self.size else {
            throw TransparencyLogError.invalidProofRequest("no consistency proof from \(oldSize) to \(newSize)")
        }
        var hashes: [LogHash] = []
        if oldSize > 0, oldSize < newSize {
            hashes = self.subproof(Int(oldSize), 0..<Int(newSize), complete: true)
        }
        return ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: hashes)
    }

    /// MTH(D[range]).
    private func mth(_ range: Range<Int>) -> LogHash {
        switch range.count {
        case 0: return .emptyTree
        case 1: return self.leafHashes[range.lowerBound]
        default:
            let split = range.lowerBound + Self.largestPowerOfTwo(below: range.count)
            return .node(self.mth(range.lowerBound..<split), self.mth(split..<range.upperBound))
        }
    }

    /// PATH(m, D[range]) with m an absolute index.
    private func path(_ m: Int, _ range: Range<Int>) -> [LogHash] {
        guard range.count > 1 else {
            return []
        }
        let split = range.lowerBound + Self.largestPowerOfTwo(below: range.count)
        if m < split {
            return self.path(m, range.lowerBound..<split) + [self.mth(split..<range.upperBound)]
        }
        return self.path(m, split..<range.upperBound) + [self.mth(range.lowerBound..<split)]
    }

    /// SUBPROOF(m, D[range], b) with m an absolute size.
    private func subproof(_ m: Int, _ range: Range<Int>, complete: Bool) -> [LogHash] {
        if m == range.upperBound {
            return complete ? [] : [self.mth(range)]
        }
        let split = range.lowerBound + Self.largestPowerOfTwo(below: range.count)
        if m <= split {
            return self.subproof(m, range.lowerBound..<split, complete: complete) + [
                self.mth(split..<range.upperBound)
            ]
        }
        return self.subproof(m, split..<range.upperBound, complete: false) + [self.mth(range.lowerBound..<split)]
    }

    /// The largest power of two strictly less than `count`, which must be at least 2.
    private static func largestPowerOfTwo(below count: Int) -> Int {
        1 << (Int.bitWidth - 1 - (count - 1).leadingZeroBitCount)
    }
}
