/// The position of a hash in the sequence of stored hashes, as golang.org/x/mod/sumdb/tlog numbers them.
///
/// A log that stores one hash per row can key rows by ``rawValue``: appending leaf `n` stores its leaf hash
/// and then the hash of every perfect subtree that leaf completes, so the sequence only ever grows. The
/// hash at `level` and `index` is the Merkle tree hash of leaves `index << level ..< (index + 1) << level`.
/// Indexes are exact for trees of up to 2^62 leaves.
public struct StoredHashIndex: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The position in the stored-hash sequence.
    public let rawValue: UInt64

    /// Creates an index from its position in the stored-hash sequence.
    ///
    /// - Parameter rawValue: The position.
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Creates the index of the perfect subtree at `level` (0 for leaves) and `index` within that level.
    ///
    /// - Parameters:
    ///   - level: The height of the subtree, 0 for a leaf; below 64.
    ///   - index: The subtree's position among subtrees of that height.
    public init(level: Int, index: UInt64) {
        precondition((0..<64).contains(level), "level out of range")
        // Level L's n-th hash is written right after level L+1's 2n+1-th hash:
        // walk down to the level-0 ordering, then add back the level.
        var n = index
        for _ in 0..<level {
            n = n &* 2 &+ 1
        }
        // Level 0's n-th hash is written at n + n/2 + n/4 + ...
        var position: UInt64 = 0
        while n > 0 {
            position &+= n
            n >>= 1
        }
        self.rawValue = position &+ UInt64(level)
    }

    /// The level (subtree height) and the index within that level.
    public var coordinates: (level: Int, index: UInt64) {
        // Find the leaf n whose append wrote this hash: StoredHashIndex(0, n) <= rawValue < that of n + 1.
        var n = self.rawValue / 2
        var start = StoredHashIndex(level: 0, index: n).rawValue
        while true {
            // Appending leaf n writes 1 + trailingZeros(n + 1) hashes.
            let next = start + 1 + UInt64((n + 1).trailingZeroBitCount)
            if next > self.rawValue {
                break
            }
            n += 1
            start = next
        }
        let level = Int(self.rawValue - start)
        return (level, n >> UInt64(level))
    }

    /// The number of hashes stored for a tree of `treeSize` leaves.
    ///
    /// - Parameter treeSize: The number of leaves.
    /// - Returns: The count of stored hashes.
    public static func count(treeSize: UInt64) -> UInt64 {
        guard treeSize > 0 else {
            return 0
        }
        return StoredHashIndex(level: 0, index: treeSize - 1).rawValue + 1 + UInt64(treeSize.trailingZeroBitCount)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    public var description: String {
        let (level, index) = self.coordinates
        return "\(self.rawValue) (level \(level), index \(index))"
    }
}
