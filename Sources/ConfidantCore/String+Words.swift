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
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                if end > start {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                start = end + 1
            }
            return words
        }
        return (split ?? nil) ?? self.split(separator: " ").map(String.init)
    }
}
