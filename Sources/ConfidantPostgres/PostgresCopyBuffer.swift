import PostgresNIO

/// Rows in `COPY … FROM STDIN` text format: fields separated by tabs, rows ended by
/// newlines, `\N` for NULL, and backslash escapes for the four bytes the format gives
/// meaning to. Everything else, the ASCII unit separator between given names
/// included, passes through as UTF-8.
struct PostgresCopyBuffer {
    private(set) var buffer: ByteBuffer
    private(set) var rowCount = 0
    private var atRowStart = true

    init(capacity: Int) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    mutating func append(_ value: Int64) {
        separate()
        buffer.writeString(String(value))
    }

    mutating func append(_ value: Int) {
        append(Int64(value))
    }

    mutating func append(_ value: String?) {
        separate()
        guard let value else {
            buffer.writeStaticString("\\N")
            return
        }
        // The common case, no byte to escape, is one copy.
        guard value.utf8.contains(where: Self.needsEscape) else {
            buffer.writeString(value)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        atRowStart = true
        rowCount += 1
    }

    private mutating func separate() {
        if atRowStart {
            atRowStart = false
        } else {
            buffer.writeInteger(UInt8(ascii: "\t"))
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
