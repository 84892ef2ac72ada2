import ConfidantCore

/// Appends little-endian numbers and length-prefixed strings to a byte array.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }

    mutating func u16(_ value: UInt16) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Eight bytes in one append, not eight (each checks the array's capacity).
    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A length byte and the UTF-8 bytes, cut at 255 bytes on a character boundary.
    mutating func string(_ value: String) {
        let count = value.utf8.count
        if count <= 255 {
            // Every real name and token: no intermediate array.
            bytes.append(UInt8(count))
            bytes.appendUTF8(value)
            return
        }
        var utf8 = Array(value.utf8.prefix(255))
        // Never cut inside a multi-byte character: drop continuation bytes left dangling.
        if value.utf8.count > 255 {
            while let last = utf8.last, last & 0xC0 == 0x80 { utf8.removeLast() }
            if let last = utf8.last, last >= 0xC0 { utf8.removeLast() }
        }
        bytes.append(UInt8(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func strings(_ values: [String]) {
        u8(UInt8(clamping: values.count))
        for index in values.indices.prefix(255) { string(values[index]) }
    }

    mutating func phonetic(_ name: PhoneticName) {
        string(name.text)
        string(name.soundex)
        string(name.nysiis)
    }
}

/// Reads what ``ByteWriter`` wrote, throwing on truncation.
struct ByteReader {
    let buffer: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    var isAtEnd: Bool { offset == buffer.count }

    private mutating func take(_ count: Int) throws -> Int {
        guard count <= buffer.count - offset else {
            throw TraceError.corruptProfile("the trace profile is truncated")
        }
        defer { offset += count }
        return offset
    }

    mutating func u8() throws -> UInt8 { buffer[try take(1)] }

    mutating func u16() throws -> UInt16 {
        let start = try take(2)
        return UInt16(buffer[start]) | UInt16(buffer[start + 1]) << 8
    }

    mutating func u64() throws -> UInt64 {
        let start = try take(8)
        var value: UInt64 = 0
        for index in (0..<8).reversed() { value = value << 8 | UInt64(buffer[start + index]) }
        return value
    }

    mutating func string() throws -> String {
        let count = Int(try u8())
        let start = try take(count)
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<(start + count)]), as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let count = Int(try u8())
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func phonetic() throws -> PhoneticName {
        PhoneticName(text: try string(), soundex: try string(), nysiis: try string())
    }
}
