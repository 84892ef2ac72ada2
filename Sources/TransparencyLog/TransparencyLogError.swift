/// The one error type of the `TransparencyLog` module.
///
/// Each error has a ``code`` (compare against the static members of ``Code``), a ``message`` that is safe to
/// show to users and to write to logs (it never contains key material or entry data), an optional
/// ``underlying`` error, and the source location that raised it. Two errors are equal when their codes are
/// equal.
public struct TransparencyLogError: Error, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, as an open set of codes: new codes can be added without breaking the API.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidHash
            case invalidTilePath
            case invalidTile
            case invalidEntryBundle
            case entryTooLarge
            case invalidKey
            case malformedNote
            case invalidCheckpoint
            case invalidReceipt
            case invalidProofRequest
            case storageFailure
            case invalidEventKind
            case invalidLeafEntry
            case invalidCommitment
            case signingFailed
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// A hash was not 32 bytes, or its hex or base64 text was malformed.
        public static let invalidHash = Code(.invalidHash)
        /// A tile path did not follow C2SP tlog-tiles, or tile coordinates were out of range.
        public static let invalidTilePath = Code(.invalidTilePath)
        /// A tile's bytes did not have the length its width requires.
        public static let invalidTile = Code(.invalidTile)
        /// An entry bundle was truncated, or held a different number of entries than expected.
        public static let invalidEntryBundle = Code(.invalidEntryBundle)
        /// An entry was longer than 65,535 bytes, the most an entry bundle can hold.
        public static let entryTooLarge = Code(.entryTooLarge)
        /// A signer or verifier key string, key name or key material was malformed.
        public static let invalidKey = Code(.invalidKey)
        /// A signed note did not follow C2SP signed-note.
        public static let malformedNote = Code(.malformedNote)
        /// A checkpoint did not follow C2SP tlog-checkpoint.
        public static let invalidCheckpoint = Code(.invalidCheckpoint)
        /// A receipt did not follow C2SP tlog-proof.
        public static let invalidReceipt = Code(.invalidReceipt)
        /// A proof was requested for an index or tree size the tree does not have.
        public static let invalidProofRequest = Code(.invalidProofRequest)
        /// A hash or tile reader failed, or returned a different number of results than requested.
        public static let storageFailure = Code(.storageFailure)
        /// An event kind was empty, too long, or used characters outside `a-z`, `0-9` and `-`.
        public static let invalidEventKind = Code(.invalidEventKind)
        /// A leaf entry did not follow the Confidant leaf encoding.
        public static let invalidLeafEntry = Code(.invalidLeafEntry)
        /// A commitment salt was not 32 bytes.
        public static let invalidCommitment = Code(.invalidCommitment)
        /// The signing primitive failed.
        public static let signingFailed = Code(.signingFailed)

        public var description: String {
            self.base.rawValue
        }
    }

    /// What went wrong.
    public let code: Code
    /// A description that is safe to show to users: it never contains key material or entry data.
    public let message: String
    /// The error that caused this one, if any.
    public let underlying: (any Error)?
    /// The file that raised the error.
    public let file: String
    /// The line that raised the error.
    public let line: Int

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - message: A description that is safe to show to users.
    ///   - underlying: The error that caused this one, if any.
    ///   - file: The file that raised the error.
    ///   - line: The line that raised the error.
    public init(
        code: Code,
        message: String,
        underlying: (any Error)? = nil,
        file: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.underlying = underlying
        self.file = file
        self.line = line
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.code == rhs.code
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.code)
    }

    public var description: String {
        "TransparencyLogError.\(self.code): \(self.message)"
    }

    public var debugDescription: String {
        var text = "TransparencyLogError.\(self.code): \(self.message) (\(self.file):\(self.line))"
        if let underlying = self.underlying {
            text += " underlying: \(String(reflecting: underlying))"
        }
        return text
    }
}
