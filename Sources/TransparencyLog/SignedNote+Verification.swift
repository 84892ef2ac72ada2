/// The outcome of verifying a signed note.
public enum NoteVerification: Sendable, Hashable {
    /// At least one trusted key signed the note, and every signature by a trusted key verifies.
    case verified(text: String, keys: [NoteVerifier])
    /// The note must not be trusted, for the reason given.
    case rejected(VerificationFailure)

    /// Whether the note verified.
    public var isVerified: Bool {
        if case .verified = self { true } else { false }
    }

    /// The failure, or nil when the note verified.
    public var failure: VerificationFailure? {
        if case .rejected(let failure) = self { failure } else { nil }
    }
}

extension SignedNote {
    /// Verifies the note's signatures against a set of trusted keys (C2SP signed-note, "Signatures").
    ///
    /// Signatures whose key name and key ID do not both match a trusted key are ignored. Every signature that
    /// does match must verify, or the note is rejected; and at least one must, or the note is rejected.
    ///
    /// - Parameter verifiers: The trusted keys.
    /// - Returns: The verified text and the keys that signed it, or why the note is rejected.
    public func verify(using verifiers: [NoteVerifier]) -> NoteVerification {
        var trusted: [String: NoteVerifier] = [:]
        var ambiguous: Set<String> = []
        for verifier in verifiers {
            let key = "\(verifier.name)+\(verifier.keyID.hex)"
            if let known = trusted[key], known != verifier {
                ambiguous.insert(key)
            }
            trusted[key] = verifier
        }
        let message = Array(self.text.utf8)
        var verified: [NoteVerifier] = []
        for signature in self.signatures {
            let key = "\(signature.keyName)+\(signature.keyID.hex)"
            guard let verifier = trusted[key] else {
                continue
            }
            guard !ambiguous.contains(key) else {
                return .rejected(VerificationFailure(.ambiguousVerifiers, "two trusted keys are named \(key)"))
            }
            guard verifier.isValidSignature(signature.signature, for: message) else {
                return .rejected(
                    VerificationFailure(.invalidSignature, "the signature by \(signature.keyName) does not verify")
                )
            }
            if !verified.contains(verifier) {
                verified.append(verifier)
            }
        }
        guard !verified.isEmpty else {
            return .rejected(VerificationFailure(.noTrustedSignature, "no trusted key signed the note"))
        }
        return .verified(text: self.text, keys: verified)
    }

    /// Parses and verifies a signed note.
    ///
    /// - Parameters:
    ///   - bytes: The note's bytes.
    ///   - verifiers: The trusted keys.
    /// - Returns: The verified text and the keys that signed it, or why the note is rejected; a malformed
    ///   note is rejected with ``VerificationFailure/Reason/malformedNote``.
    public static func open(_ bytes: [UInt8], verifiers: [NoteVerifier]) -> NoteVerification {
        do {
            return try SignedNote(parsing: bytes).verify(using: verifiers)
        } catch {
            return .rejected(VerificationFailure(.malformedNote, Self.message(error)))
        }
    }

    /// The safe message of a module error, or a generic one.
    internal static func message(_ error: any Error) -> String {
        (error as? TransparencyLogError)?.message ?? "the note could not be parsed"
    }
}
