extension SignedNote {
    /// Parses a signed note without verifying it, rejecting anything C2SP signed-note does not allow.
    ///
    /// The note must be valid UTF-8 with no control characters but newline; the text is everything up to
    /// and including the newline before the last blank line; after the blank line come one or more
    /// signature lines, each `— <key name> <base64>` and ending in a newline, where the key name is valid
    /// and the base64 decodes to a 4-byte key ID and at least one signature byte.
    ///
    /// - Parameter bytes: The note's bytes.
    /// - Throws: ``TransparencyLogError/Code/malformedNote`` when the note is malformed.
    public init(parsing bytes: [UInt8]) throws {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw TransparencyLogError.malformedNote("a note must be valid UTF-8")
        }
        guard !bytes.contains(where: { $0 < 0x20 && $0 != 0x0a }) else {
            throw TransparencyLogError.malformedNote("a note must not contain control characters other than newline")
        }
        guard let split = Self.lastBlankLine(in: bytes) else {
            throw TransparencyLogError.malformedNote("a note must have a blank line before its signatures")
        }
        let block = bytes[(split + 2)...]
        guard block.last == 0x0a else {
            throw TransparencyLogError.malformedNote("a note must end with a signature line and a newline")
        }
        let lines = block.dropLast().split(separator: 0x0a, omittingEmptySubsequences: false)
        guard lines.count <= Self.maximumSignatures else {
            throw TransparencyLogError.malformedNote("a note carries at most \(Self.maximumSignatures) signatures")
        }
        let signatures = try lines.map { try NoteSignature(line: $0) }
        try self.init(text: String(decoding: bytes[...split], as: UTF8.self), signatures: signatures)
    }

    /// Parses a signed note without verifying it.
    ///
    /// - Parameter text: The note.
    /// - Throws: ``TransparencyLogError/Code/malformedNote`` when the note is malformed.
    public init(parsing text: String) throws {
        try self.init(parsing: Array(text.utf8))
    }

    /// The index of the first newline of the last "\n\n" in `bytes`.
    private static func lastBlankLine(in bytes: [UInt8]) -> Int? {
        var index = bytes.count - 2
        while index >= 0 {
            if bytes[index] == 0x0a, bytes[index + 1] == 0x0a {
                return index
            }
            index -= 1
        }
        return nil
    }
}
