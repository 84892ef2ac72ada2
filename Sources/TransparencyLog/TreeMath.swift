/// The tree arithmetic behind proof generation: which subtrees a proof needs, and how to combine them.
internal enum TreeMath {
    /// The largest power of two strictly less than `count`, which must be at least 2.
    static func largestPowerOfTwo(below count: UInt64) -> UInt64 {
        1 << UInt64(63 - (count - 1).leadingZeroBitCount)
    }

    /// The ranges whose hashes make up PATH(index, D[range]), leaf to root (RFC 9162 section 2.1.3.1).
    static func inclusionRanges(index: UInt64, in range: Range<UInt64>, into ranges: inout [Range<UInt64>]) {
        guard range.count > 1 else {
            return
        }
        let split = range.lowerBound + Self.largestPowerOfTwo(below: UInt64(range.count))
        if index < split {
            Self.inclusionRanges(index: index, in: range.lowerBound..<split, into: &ranges)
            ranges.append(split..<range.upperBound)
        } else {
            Self.inclusionRanges(index: index, in: split..<range.upperBound, into: &ranges)
            ranges.append(range.lowerBound..<split)
        }
    }

    /// The ranges whose hashes make up SUBPROOF(oldSize, D[range], range.lowerBound == 0) (RFC 9162
    /// section 2.1.4.1); `oldSize` is absolute and lies in `range.lowerBound + 1 ... range.upperBound`.
    static func consistencyRanges(oldSize: UInt64, in range: Range<UInt64>, into ranges: inout [Range<UInt64>]) {
        if oldSize == range.upperBound {
            if range.lowerBound != 0 {
                ranges.append(range)
            }
            return
        }
        let split = range.lowerBound + Self.largestPowerOfTwo(below: UInt64(range.count))
        if oldSize <= split {
            Self.consistencyRanges(oldSize: oldSize, in: range.lowerBound..<split, into: &ranges)
            ranges.append(split..<range.upperBound)
        } else {
            Self.consistencyRanges(oldSize: oldSize, in: split..<range.upperBound, into: &ranges)
            ranges.append(range.lowerBound..<split)
        }
    }

    /// Appends the perfect subtrees that make up `range`, largest (leftmost) first.
    ///
    /// Every range a proof needs starts at a multiple of the largest power of two not above its length, so
    /// each step takes the largest power of two that fits.
    static func appendPerfectSubtrees(of range: Range<UInt64>, to indexes: inout [StoredHashIndex]) {
        var low = range.lowerBound
        while low < range.upperBound {
            let level = 63 - (range.upperBound - low).leadingZeroBitCount
            assert(low & ((1 << UInt64(level)) - 1) == 0, "subtree not aligned")
            indexes.append(StoredHashIndex(level: level, index: low >> UInt64(level)))
            low += 1 << UInt64(level)
        }
    }

    /// The number of perfect subtrees ``appendPerfectSubtrees(of:to:)`` gives for `range`.
    static func perfectSubtreeCount(of range: Range<UInt64>) -> Int {
        var low = range.lowerBound
        var count = 0
        while low < range.upperBound {
            low += 1 << UInt64(63 - (range.upperBound - low).leadingZeroBitCount)
            count += 1
        }
        return count
    }

    /// Takes the perfect subtree hashes of `range` from the front of `hashes` and combines them, right to
    /// left, into MTH(D[range]).
    static func foldPerfectSubtrees(of range: Range<UInt64>, from hashes: inout ArraySlice<LogHash>) -> LogHash {
        let count = Self.perfectSubtreeCount(of: range)
        let parts = hashes.prefix(count)
        hashes = hashes.dropFirst(count)
        return Self.foldRight(parts)
    }

    /// Combines subtree hashes, leftmost first, into one: h0 . (h1 . (h2 ...)).
    static func foldRight(_ parts: some BidirectionalCollection<LogHash>) -> LogHash {
        guard var hash = parts.last else {
            return .emptyTree
        }
        for part in parts.dropLast().reversed() {
            hash = .node(part, hash)
        }
        return hash
    }
}
