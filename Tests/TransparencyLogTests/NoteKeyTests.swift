import Testing
import TransparencyLog

@Suite("Note keys: parsing and formatting verifier and signer keys")
struct NoteKeyTests {
    static let validVerifierKeys = [
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop",
        "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6",
    ]

    @Test("Verifier keys of other implementations parse and format back", arguments: validVerifierKeys)
    func otherImplementations(vkey: String) throws {
        #expect(try NoteVerifier(verifierKey: vkey).verifierKey == vkey)
    }

    @Test func theGoSignerKeyExampleParses() throws {
        let signer = try NoteSigner(
            signerKey: "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")
        #expect(signer.verifier.verifierKey == "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
        let note = try SignedNote.sign(
            text:
                "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n",
            with: [signer]
        )
        #expect(note.verify(using: [signer.verifier]).isVerified)
        if ed25519IsDeterministic {
            #expect(
                note.signatures[0].line
                    == "\u{2014} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="
            )
        }
    }

    static let invalidVerifierKeys = [
        "",
        "PeterNeumann",
        "PeterNeumann+c74f20a3",
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20zz+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",
        "PeterNeumann+c74f20a3+Apc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+AhpjZGNQPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    ]

    @Test("Malformed verifier keys are rejected", arguments: invalidVerifierKeys)
    func invalidVerifierKey(vkey: String) {
        #expect(throws: TransparencyLogError.invalidKey("")) {
            try NoteVerifier(verifierKey: vkey)
        }
    }

    static let invalidSignerKeys = [
        "PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
        "PRIVATE+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
        "private+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
        "PRIVATE+KEY+PeterNeumann+c74f20a3+AoEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz",
        "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKD=",
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    ]

    @Test("Malformed signer keys are rejected without echoing them", arguments: invalidSignerKeys)
    func invalidSignerKey(skey: String) {
        do {
            _ = try NoteSigner(signerKey: skey)
            Issue.record("accepted \(skey)")
        } catch let error as TransparencyLogError {
            #expect(error.code == .invalidKey)
            #expect(!error.description.contains(skey.suffix(16)))
            #expect(!error.debugDescription.contains(skey.suffix(16)))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func generatedKeysSignAndVerify() throws {
        let signer = try NoteSigner.generate(name: "confidant.example/log")
        let other = try NoteSigner.generate(name: "confidant.example/log")
        #expect(signer.keyID != other.keyID)
        let note = try SignedNote.sign(text: "generated\n", with: [signer])
        #expect(note.verify(using: [signer.verifier]).isVerified)
        #expect(note.verify(using: [other.verifier]).failure?.reason == .noTrustedSignature)
        #expect(try NoteSigner(signerKey: signer.signerKey).verifier == signer.verifier)
        #expect(!String(describing: signer).contains(signer.signerKey))
        #expect(!String(reflecting: signer).contains(signer.signerKey))
    }

    @Test func keyNamesFollowTheSpecification() {
        #expect(NoteKeyID.isValidKeyName("example.com/log"))
        #expect(NoteKeyID.isValidKeyName("caf\u{e9}.example"))
        for name in ["", "a b", "a+b", "a\tb", "a\u{2003}b", "a\u{3000}b", "a\nb"] {
            #expect(!NoteKeyID.isValidKeyName(name), "\(name)")
        }
        #expect(throws: TransparencyLogError.invalidKey("")) {
            try NoteSigner(name: "bad name", seed: [UInt8](repeating: 0, count: 32))
        }
        #expect(throws: TransparencyLogError.invalidKey("")) {
            try NoteSigner(name: "short", seed: [UInt8](repeating: 0, count: 31))
        }
        #expect(throws: TransparencyLogError.invalidKey("")) {
            try NoteVerifier(name: "short", publicKey: [UInt8](repeating: 0, count: 31))
        }
    }
}
