extension Receipt {
    /// Parses a receipt, rejecting anything C2SP tlog-proof does not allow.
    ///
    /// The first line must be `c2sp.org/tlog-proof@v1`; an optional `extra <base64>` line may follow; then
    /// `index <decimal>` with no leading zeroes; then zero or more lines of one base64 SHA-256 hash each;
    /// then an empty line; then the signed checkpoint, verbatim, to the end.
    ///
    /// - Parameter bytes: The receipt's bytes.
    /// - Throws: ``TransparencyLogError/Code/invalidReceipt`` when the receipt is malformed, including when
    ///   its checkpoint is not a well-formed signed note.
    public init(parsing bytes: [UInt8]) throws {
        func reject(_ why: String) -> TransparencyLogError {
            TransparencyLogError.invalidReceipt("receipt is malformed: \(why)")
        }
        var rest = bytes[...]
        func nextLine() throws -> String {
            guard let newline = rest.firstIndex(of: 0x0a) else {
                throw reject("it ends before the checkpoint")
            }
            defer { rest = rest[(newline + 1)...] }
            return String(decoding: rest[..<newline], as: UTF8.self)
        }
        guard try nextLine() == Self.header else {
            throw reject("the first line must be \(Self.header)")
        }
        var line = try nextLine()
        var extra: [UInt8]?
        if line.hasPrefix("extra ") {
            guard let decoded = Base64.decode(line.dropFirst(6)) else {
                throw reject("the extra data must be standard base64")
            }
            extra = decoded
            line = try nextLine()
        }
        guard line.hasPrefix("index "), let index = Self.parseIndex(line.dropFirst(6)) else {
            throw reject("the index line must be 'index <decimal>' with no leading zeroes")
        }
        var proof: [LogHash] = []
        line = try nextLine()
        while !line.isEmpty {
            guard let hash = try? LogHash(base64: line) else {
                throw reject("each proof line must be standard base64 of 32 bytes")
            }
            guard proof.count < Self.maximumProofLength else {
                throw reject("a proof has at most \(Self.maximumProofLength) hashes")
            }
            proof.append(hash)
            line = try nextLine()
        }
        let checkpoint: SignedNote
        do {
            checkpoint = try SignedNote(parsing: Array(rest))
        } catch {
            throw reject("its checkpoint is not a signed note: \(SignedNote.message(error))")
        }
        try self.init(index: index, proof: proof, checkpoint: checkpoint, extra: extra)
    }

    /// Parses a receipt.
    ///
    /// - Parameter text: The receipt.
    /// - Throws: ``TransparencyLogError/Code/invalidReceipt`` when the receipt is malformed.
    public init(parsing text: String) throws {
        try self.init(parsing: Array(text.utf8))
    }

    private static func parseIndex(_ text: Substring) -> UInt64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), text == "0" || !text.hasPrefix("0")
        else {
            return nil
        }
        return UInt64(text)
    }
}
