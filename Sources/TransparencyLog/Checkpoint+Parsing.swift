extension Checkpoint {
    /// Parses a checkpoint note text, rejecting anything C2SP tlog-checkpoint does not allow.
    ///
    /// The text must end with a newline and hold at least three lines, none of them empty and none with a
    /// control character: a non-empty origin; the tree size as ASCII decimal digits with no sign, no spaces
    /// and no leading zeroes (except `0` itself), within 64 bits; the root hash as canonical padded base64 of
    /// 32 bytes; then any extension lines.
    ///
    /// - Parameter text: The note text, including its final newline.
    /// - Throws: ``TransparencyLogError/Code/invalidCheckpoint`` when the text is malformed.
    public init(parsing text: String) throws {
        func reject(_ why: String) -> TransparencyLogError {
            TransparencyLogError.invalidCheckpoint("checkpoint is malformed: \(why)")
        }
        guard text.utf8.last == 0x0a else {
            throw reject("its text must end with a newline")
        }
        guard !text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0a }) else {
            throw reject("it must not contain control characters other than newline")
        }
        let lines = text.utf8.dropLast().split(separator: 0x0a, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        guard lines.count >= 3 else {
            throw reject("it needs an origin, a size and a root hash")
        }
        guard lines.allSatisfy({ !$0.isEmpty }) else {
            throw reject("its lines must not be empty")
        }
        guard let size = Self.parseSize(lines[1]) else {
            throw reject("the size must be decimal digits with no leading zeroes, within 64 bits")
        }
        guard let root = try? LogHash(base64: lines[2]) else {
            throw reject("the root hash must be standard base64 of 32 bytes")
        }
        try self.init(origin: lines[0], size: size, rootHash: root, extensions: Array(lines.dropFirst(3)))
    }

    /// A tree size: ASCII digits, no leading zeroes unless the size is 0, at most 2^64 - 1.
    private static func parseSize(_ line: String) -> UInt64? {
        guard line.utf8.allSatisfy({ (0x30...0x39).contains($0) }), line == "0" || !line.hasPrefix("0") else {
            return nil
        }
        return UInt64(line)
    }
}

/// The outcome of opening a signed checkpoint.
public enum CheckpointVerification: Sendable, Hashable {
    /// A trusted key signed the checkpoint, and it is well formed and from the expected log.
    case verified(Checkpoint)
    /// The checkpoint must not be trusted, for the reason given.
    case rejected(VerificationFailure)

    /// The verified checkpoint, or nil.
    public var checkpoint: Checkpoint? {
        if case .verified(let checkpoint) = self { checkpoint } else { nil }
    }

    /// The failure, or nil when the checkpoint verified.
    public var failure: VerificationFailure? {
        if case .rejected(let failure) = self { failure } else { nil }
    }
}

extension Checkpoint {
    /// Parses and verifies a signed checkpoint: checks the note's signatures against the trusted keys, then
    /// parses the verified text as a checkpoint, then checks its origin.
    ///
    /// - Parameters:
    ///   - bytes: The signed checkpoint, as served at `<prefix>/checkpoint`.
    ///   - verifiers: The log's trusted keys.
    ///   - origin: The expected origin; nil to accept any.
    /// - Returns: The checkpoint, or why it is rejected.
    public static func open(_ bytes: [UInt8], verifiers: [NoteVerifier], origin: String? = nil)
        -> CheckpointVerification
    {
        let text: String
        switch SignedNote.open(bytes, verifiers: verifiers) {
        case .rejected(let failure): return .rejected(failure)
        case .verified(let verifiedText, _): text = verifiedText
        }
        let checkpoint: Checkpoint
        do {
            checkpoint = try Checkpoint(parsing: text)
        } catch {
            return .rejected(VerificationFailure(.malformedCheckpoint, SignedNote.message(error)))
        }
        if let origin, checkpoint.origin != origin {
            return .rejected(VerificationFailure(.originMismatch, "the checkpoint is not from the expected log"))
        }
        return .verified(checkpoint)
    }
}
