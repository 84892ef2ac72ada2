extension Tile {
    /// The number of bytes this tile holds: 32 per hash for hash tiles; unknown for entry bundles, whose
    /// entries vary in length.
    public var hashByteCount: Int? {
        self.level == nil ? nil : self.width * LogHash.byteCount
    }

    /// Decodes the bytes of this hash tile: its hashes, concatenated.
    ///
    /// - Parameter bytes: The tile's bytes.
    /// - Throws: ``TransparencyLogError/Code/invalidTile`` when this is an entry bundle or the bytes are not
    ///   exactly 32 times ``width`` long.
    /// - Returns: The hashes, in order.
    public func hashes(from bytes: [UInt8]) throws -> [LogHash] {
        guard let expected = self.hashByteCount else {
            throw TransparencyLogError.invalidTile("\(self.path) is an entry bundle, not a hash tile")
        }
        guard bytes.count == expected else {
            throw TransparencyLogError.invalidTile("\(self.path) must be \(expected) bytes, not \(bytes.count)")
        }
        return bytes.withUnsafeBytes { buffer in
            (0..<self.width).map { position in
                LogHash(unchecked: UnsafeRawBufferPointer(rebasing: buffer[(position * 32)..<(position * 32 + 32)]))
            }
        }
    }

    /// Encodes hashes as the bytes of a hash tile: the hashes, concatenated.
    ///
    /// - Parameter hashes: The tile's hashes, in order.
    /// - Returns: The tile's bytes.
    public static func bytes(of hashes: some Collection<LogHash>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: hashes.count * LogHash.byteCount) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            for (position, hash) in hashes.enumerated() {
                hash.store(into: raw, at: position * LogHash.byteCount)
            }
            initialized = hashes.count * LogHash.byteCount
        }
    }
}
