import Crypto
import Foundation

extension LogHash {
    /// The root of the empty tree: SHA-256 of no bytes (RFC 9162 section 2.1.1).
    public static let emptyTree = LogHash(digest: SHA256.hash(data: [UInt8]()))

    @usableFromInline
    internal init(digest: SHA256Digest) {
        self = digest.withUnsafeBytes { LogHash(unchecked: $0) }
    }

    /// The leaf hash of an entry: SHA-256(0x00 || entry) (RFC 9162 section 2.1.1).
    ///
    /// - Parameter entry: The entry's bytes.
    /// - Returns: The leaf hash.
    public static func leaf(_ entry: some DataProtocol) -> LogHash {
        var hasher = SHA256()
        hasher.update(data: [0x00] as [UInt8])
        hasher.update(data: entry)
        return LogHash(digest: hasher.finalize())
    }

    /// The hash of an interior node: SHA-256(0x01 || left || right) (RFC 9162 section 2.1.1).
    ///
    /// - Parameters:
    ///   - left: The left child's hash.
    ///   - right: The right child's hash.
    /// - Returns: The node hash.
    @inlinable
    public static func node(_ left: LogHash, _ right: LogHash) -> LogHash {
        withUnsafeTemporaryAllocation(byteCount: 65, alignment: 8) { buffer in
            buffer.storeBytes(of: 0x01, toByteOffset: 0, as: UInt8.self)
            left.store(into: buffer, at: 1)
            right.store(into: buffer, at: 33)
            return LogHash(digest: SHA256.hash(data: UnsafeRawBufferPointer(buffer)))
        }
    }

    /// The Merkle tree hash (RFC 9162 section 2.1.1) of a list of leaf hashes.
    ///
    /// Pairs hashes level by level and carries an unpaired last hash up unchanged, which gives the same
    /// root as the RFC's recursive definition. The empty list has the root ``emptyTree``.
    ///
    /// - Parameter leafHashes: The leaf hashes, in log order.
    /// - Returns: The root hash.
    public static func root(ofLeafHashes leafHashes: some Collection<LogHash>) -> LogHash {
        var level = Array(leafHashes)
        guard !level.isEmpty else {
            return .emptyTree
        }
        while level.count > 1 {
            let pairs = level.count / 2
            for pair in 0..<pairs {
                level[pair] = .node(level[2 * pair], level[2 * pair + 1])
            }
            if level.count % 2 == 1 {
                level[pairs] = level[level.count - 1]
                level.removeLast(level.count - pairs - 1)
            } else {
                level.removeLast(level.count - pairs)
            }
        }
        return level[0]
    }
}
