/// Why a proof, note, checkpoint, receipt or tile set failed verification.
///
/// Verification in this module returns a value instead of throwing, as swift-certificates' `Verifier` does:
/// failing to verify is an expected outcome, not an error. Two failures are equal when their reasons are.
public struct VerificationFailure: Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, as an open set: new reasons can be added without breaking the API.
    public struct Reason: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case indexOutOfRange
            case sizeOutOfOrder
            case wrongProofLength
            case rootMismatch
            case malformedNote
            case invalidSignature
            case noTrustedSignature
            case ambiguousVerifiers
            case malformedCheckpoint
            case originMismatch
            case malformedReceipt
            case malformedTile
            case tileMismatch
            case unreadable
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The entry index is not below the tree size.
        public static let indexOutOfRange = Reason(.indexOutOfRange)
        /// The old tree size of a consistency proof is larger than the new one.
        public static let sizeOutOfOrder = Reason(.sizeOutOfOrder)
        /// The proof has too few or too many hashes for its tree sizes.
        public static let wrongProofLength = Reason(.wrongProofLength)
        /// The proof, tiles or entries lead to a different root hash than the one trusted.
        public static let rootMismatch = Reason(.rootMismatch)
        /// The signed note does not follow C2SP signed-note.
        public static let malformedNote = Reason(.malformedNote)
        /// A signature by a trusted key does not verify.
        public static let invalidSignature = Reason(.invalidSignature)
        /// No signature by a trusted key is present.
        public static let noTrustedSignature = Reason(.noTrustedSignature)
        /// Two trusted verifiers share a key name and key ID but differ in key.
        public static let ambiguousVerifiers = Reason(.ambiguousVerifiers)
        /// The note text is not a C2SP tlog-checkpoint.
        public static let malformedCheckpoint = Reason(.malformedCheckpoint)
        /// The checkpoint is from a different log than the one expected.
        public static let originMismatch = Reason(.originMismatch)
        /// The receipt does not follow C2SP tlog-proof.
        public static let malformedReceipt = Reason(.malformedReceipt)
        /// A tile or entry bundle has the wrong length or cannot be decoded.
        public static let malformedTile = Reason(.malformedTile)
        /// A tile disagrees with the tile above it or with its entry bundle.
        public static let tileMismatch = Reason(.tileMismatch)
        /// The data to verify could not be read.
        public static let unreadable = Reason(.unreadable)

        public var description: String {
            self.base.rawValue
        }
    }

    /// The kind of failure.
    public let reason: Reason
    /// A description that is safe to show to users.
    public let message: String

    /// Creates a failure.
    ///
    /// - Parameters:
    ///   - reason: The kind of failure.
    ///   - message: A description that is safe to show to users.
    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.reason == rhs.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.reason)
    }

    public var description: String {
        "\(self.reason): \(self.message)"
    }
}

/// The outcome of verifying a Merkle proof or a set of tiles.
public enum ProofVerification: Sendable, Hashable {
    /// The proof is valid.
    case valid
    /// The proof is not valid, for the reason given.
    case invalid(VerificationFailure)

    /// Whether the proof is valid.
    public var isValid: Bool {
        if case .valid = self { true } else { false }
    }

    /// The failure, or nil when the proof is valid.
    public var failure: VerificationFailure? {
        if case .invalid(let failure) = self { failure } else { nil }
    }
}
