/// Bytes for `bytea` columns, written where a bind cannot carry them: inside `COPY`
/// text and in `text[]` arrays unpacked with `UNNEST`.
enum PostgresBytea {
    /// Lowercase hex, which `decode(…, 'hex')` and COPY's `\x` bytea form read.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
