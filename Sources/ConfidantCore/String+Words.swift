extension String {
    /// The text's words, as `split(separator: " ").map(String.init)` gives them, cut at space
    /// bytes when the text is ASCII.
    ///
    /// For the names and address lines of an import, a few a record: `split` and `map` made a
    /// substring and then a string of each word, and only the rare text with a non-ASCII byte
    /// needs `split`'s care (a space followed by a combining mark is one `Character`, not a
    /// separator). Text with no space is returned whole, with no new string.
    public func spaceSeparatedWords() -> [String] {
        let split = utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var bits: UInt8 = 0
            var spaces = false
            for byte in bytes {
                bits |= byte
                spaces = spaces || byte == UInt8(ascii: " ")
            }
            guard bits < 0x80 else { return nil }
            guard spaces else { return bytes.isEmpty ? [] : [self] }
            var words: [String] = []
            bytes.forEachSpaceSeparatedRange { range in
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            return words
        }
        return (split ?? nil) ?? self.split(separator: " ").map(String.init)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Calls `body` with the range of each run of bytes between spaces, first to last, never
    /// an empty one: the cut of ``Swift/String/spaceSeparatedWords()``, for code that reads
    /// the words of text already in a buffer without making an array of them (an address's
    /// tokens).
    @inlinable
    public func forEachSpaceSeparatedRange(_ body: (Range<Int>) throws -> Void) rethrows {
        var start = 0
        for end in 0...count where end == count || self[end] == UInt8(ascii: " ") {
            if end > start { try body(start..<end) }
            start = end + 1
        }
    }
}
