/// A text signed by one or more keys (C2SP signed-note).
///
/// A signed note is the text, ending in a newline, then a blank line, then one or more signature lines
/// `— <key name> <base64(key ID || signature)>`, each ending in a newline. The whole note is UTF-8 with no
/// control characters but newline. The text must be ignored until ``verify(using:)`` has checked a
/// signature by a trusted key.
public struct SignedNote: Sendable, Hashable {
    /// The most signatures a note may carry; the specification requires accepting at least 16.
    public static let maximumSignatures = 100

    /// The signed text, including its final newline.
    public let text: String
    /// The signatures, in order.
    public let signatures: [NoteSignature]

    /// Creates a note from its parts.
    ///
    /// - Parameters:
    ///   - text: The text: non-empty, ending in a newline, with no control characters but newline.
    ///   - signatures: One or more signatures.
    /// - Throws: ``TransparencyLogError/Code/malformedNote`` when the text or signature count is invalid.
    public init(text: String, signatures: [NoteSignature]) throws {
        try Self.validate(text: text)
        guard (1...Self.maximumSignatures).contains(signatures.count) else {
            throw TransparencyLogError.malformedNote("a note carries 1 to \(Self.maximumSignatures) signatures")
        }
        self.text = text
        self.signatures = signatures
    }

    /// Signs a text.
    ///
    /// - Parameters:
    ///   - text: The text: non-empty, ending in a newline, with no control characters but newline.
    ///   - signers: The keys to sign with; at least one.
    /// - Throws: ``TransparencyLogError/Code/malformedNote`` for an invalid text, and
    ///   ``TransparencyLogError/Code/signingFailed`` when signing fails.
    /// - Returns: The signed note.
    public static func sign(text: String, with signers: [NoteSigner]) throws -> SignedNote {
        try Self.validate(text: text)
        let message = Array(text.utf8)
        let signatures = try signers.map { signer in
            try NoteSignature(keyName: signer.name, keyID: signer.keyID, signature: signer.signature(for: message))
        }
        return try SignedNote(text: text, signatures: signatures)
    }

    /// Adds signatures to the note, as a witness does when cosigning; an existing signature by the same key
    /// name and ID is replaced.
    ///
    /// - Parameter signers: The keys to sign with.
    /// - Throws: ``TransparencyLogError/Code/signingFailed`` when signing fails.
    /// - Returns: The note with the new signatures last.
    public func signed(by signers: [NoteSigner]) throws -> SignedNote {
        let added = try SignedNote.sign(text: self.text, with: signers).signatures
        let replaced = Set(added.map { "\($0.keyName)+\($0.keyID.hex)" })
        let kept = self.signatures.filter { !replaced.contains("\($0.keyName)+\($0.keyID.hex)") }
        return try SignedNote(text: self.text, signatures: kept + added)
    }

    /// The note's bytes: the text, a blank line, and the signature lines.
    public var bytes: [UInt8] {
        Array(self.formatted.utf8)
    }

    /// The note as text: the text, a blank line, and the signature lines.
    public var formatted: String {
        self.text + "\n" + self.signatures.map { $0.line + "\n" }.joined()
    }

    /// Checks that a note text is non-empty, ends in a newline, and has no control characters but newline.
    internal static func validate(text: String) throws {
        guard text.utf8.last == 0x0a else {
            throw TransparencyLogError.malformedNote("a note text must end with a newline")
        }
        guard !text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0a }) else {
            throw TransparencyLogError.malformedNote("a note must not contain control characters other than newline")
        }
    }
}
