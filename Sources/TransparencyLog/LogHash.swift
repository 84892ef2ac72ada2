/// A SHA-256 hash in the log's Merkle tree: a leaf hash, an interior node hash or a tree root.
///
/// A `LogHash` is 32 bytes held inline, so hashes are cheap to copy, compare and store in tiles.
public struct LogHash: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The number of bytes in a hash.
    public static let byteCount = 32

    /// The 32 bytes, in order, packed into four words of native byte order.
    @usableFromInline
    internal var words: (UInt64, UInt64, UInt64, UInt64)

    @usableFromInline
    internal init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// Creates a hash from exactly 32 bytes.
    ///
    /// - Parameter bytes: The hash bytes.
    /// - Throws: ``TransparencyLogError/Code/invalidHash`` when `bytes` does not hold exactly 32 bytes.
    public init(bytes: some Collection<UInt8>) throws {
        guard bytes.count == Self.byteCount else {
            throw TransparencyLogError.invalidHash("a hash is 32 bytes, not \(bytes.count)")
        }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { target in
            _ = target.initializeMemory(as: UInt8.self, from: bytes)
        }
        self.words = words
    }

    /// Creates a hash from the first 32 bytes of a buffer the caller has checked is long enough.
    @inlinable
    internal init(unchecked buffer: UnsafeRawBufferPointer) {
        self.words = (
            buffer.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
            buffer.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
            buffer.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
            buffer.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        )
    }

    /// The 32 bytes of the hash.
    public var bytes: [UInt8] {
        self.withUnsafeBytes { Array($0) }
    }

    /// Calls `body` with the 32 bytes of the hash.
    ///
    /// - Parameter body: A closure that reads the bytes; the buffer is valid only during the call.
    /// - Throws: Whatever `body` throws.
    /// - Returns: What `body` returns.
    @inlinable
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        var words = self.words
        return try Swift.withUnsafeBytes(of: &words, body)
    }

    /// Writes the 32 bytes of the hash at `offset` in `buffer`, which must have room for them.
    @inlinable
    internal func store(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) {
        buffer.storeBytes(of: self.words.0, toByteOffset: offset, as: UInt64.self)
        buffer.storeBytes(of: self.words.1, toByteOffset: offset + 8, as: UInt64.self)
        buffer.storeBytes(of: self.words.2, toByteOffset: offset + 16, as: UInt64.self)
        buffer.storeBytes(of: self.words.3, toByteOffset: offset + 24, as: UInt64.self)
    }

    @inlinable
    public static func == (lhs: LogHash, rhs: LogHash) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
            && lhs.words.3 == rhs.words.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.words.0)
        hasher.combine(self.words.1)
        hasher.combine(self.words.2)
        hasher.combine(self.words.3)
    }

    /// Orders hashes by their bytes, lexicographically.
    public static func < (lhs: LogHash, rhs: LogHash) -> Bool {
        lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in left.lexicographicallyPrecedes(right) }
        }
    }

    /// The hash as 64 lowercase hexadecimal digits.
    public var description: String {
        self.hex
    }
}
