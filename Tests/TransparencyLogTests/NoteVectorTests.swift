import Crypto
import Testing
import TransparencyLog

/// Whether this platform's Ed25519 signs deterministically (RFC 8032; BoringSSL does, CryptoKit does not).
let ed25519IsDeterministic: Bool = {
    guard let signer = try? NoteSigner(name: "probe", seed: [UInt8](repeating: 7, count: 32)),
        let first = try? signer.signature(for: [1, 2, 3]),
        let second = try? signer.signature(for: [1, 2, 3])
    else {
        return false
    }
    return first == second
}()

@Suite("Key vectors: key ID, verifier key and signer key derivation")
struct KeyVectorTests {
    static let vectors = VectorFile.shared
    static let name = vectors.value("key", "key_name")

    static func signer() throws -> NoteSigner {
        try NoteSigner(name: Self.name, seed: Bytes.hex(Self.vectors.value("key", "seed_hex")))
    }

    @Test func theSeedIsTheDocumentedHash() {
        let seed = SHA256.hash(data: Array("tlogverify self-test key seed v1".utf8))
        #expect(Bytes.hexString(seed) == Self.vectors.value("key", "seed_hex"))
    }

    @Test func thePublicKeyDerivesFromTheSeed() throws {
        #expect(Bytes.hexString(try Self.signer().verifier.publicKey) == Self.vectors.value("key", "public_key_hex"))
    }

    @Test func theKeyIDHashesNameNewlineTypeAndKey() throws {
        let publicKey = Bytes.hex(Self.vectors.value("key", "public_key_hex"))
        let input = Array(Self.name.utf8) + [0x0a, 0x01] + publicKey
        #expect(Bytes.hexString(input) == Self.vectors.value("key", "key_id_input_hex"))
        let id = NoteKeyID.ed25519(name: Self.name, publicKey: publicKey)
        #expect(id.hex == Self.vectors.value("key", "key_id_hex"))
        #expect(try Self.signer().keyID == id)
    }

    @Test func theVerifierKeyFormatsAndParses() throws {
        let vkey = Self.vectors.value("key", "vkey")
        #expect(try Self.signer().verifier.verifierKey == vkey)
        let parsed = try NoteVerifier(verifierKey: vkey)
        #expect(parsed == (try Self.signer().verifier))
        #expect(parsed.verifierKey == vkey)
    }

    @Test func theSignerKeyFormatsAndParses() throws {
        let skey = Self.vectors.value("key", "skey")
        #expect(try Self.signer().signerKey == skey)
        let parsed = try NoteSigner(signerKey: skey)
        #expect(parsed.keyID == (try Self.signer().keyID))
        #expect(parsed.signerKey == skey)
        #expect(!String(describing: parsed).contains(skey.suffix(20)))
    }
}

@Suite("Signed-note vectors: the specification examples verify")
struct SignedNoteVectorTests {
    static let pairs: [VectorFile.Record] = {
        let records = VectorFile.shared.records.filter { $0.section == "signed-note-spec-examples" }
        return zip(records.filter { $0["vkey"] != "" }, records.filter { $0["note_b64"] != "" }).map { key, note in
            VectorFile.Record(
                section: key.section,
                kind: "pair",
                fields: ["vkey": key["vkey"], "note_b64": note["note_b64"]],
                text: "",
                line: key.line
            )
        }
    }()

    @Test func theVectorFileHasBothExamples() {
        #expect(Self.pairs.count == 2)
    }

    @Test("Specification examples", arguments: pairs)
    func example(_ record: VectorFile.Record) throws {
        let verifier = try NoteVerifier(verifierKey: record["vkey"])
        #expect(verifier.verifierKey == record["vkey"])
        let bytes = Bytes.base64(record["note_b64"])
        let note = try SignedNote(parsing: bytes)
        #expect(note.bytes == bytes)
        let verification = note.verify(using: [verifier])
        #expect(verification.isVerified)
        #expect(verification == .verified(text: note.text, keys: [verifier]))
        #expect(SignedNote.open(bytes, verifiers: [verifier]).isVerified)
    }
}
