/// RFC 4180 field output, shared by the CSV writers (registry export, batch trace results).
enum CSVField {
    /// Appends `text` as one field: as it is, or quoted with its quotes doubled when it holds
    /// a comma, a quote or a line break.
    static func append<Output: RangeReplaceableCollection<UInt8>>(_ text: String, to out: inout Output) {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 == comma || $0 == quote || $0 == 0x0A || $0 == 0x0D }) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(quote)
        for byte in bytes {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
    }

    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
}
