extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of `text`, as `append(contentsOf: text.utf8)` does, copying them
    /// from the string's own buffer in one go.
    ///
    /// An import appends a few dozen strings a patient to its rows and trace profiles; the
    /// generic sequence path cost about a third more a string.
    @inlinable
    public mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
