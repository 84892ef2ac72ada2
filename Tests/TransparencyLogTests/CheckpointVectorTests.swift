import Testing
import TransparencyLog

@Suite("Checkpoint vectors: signed checkpoints of entries a to h, and rejected ones")
struct CheckpointVectorTests {
    static let vectors = VectorFile.shared
    static let name = vectors.value("key", "key_name")
    static let messages = vectors.records("checkpoints", "checkpoint").filter { $0["signed_message_hex"] != "" }
    static let blobs = vectors.records("checkpoints", "checkpoint").filter { $0["signature_blob_hex"] != "" }
    static let files = vectors.records("checkpoints", "checkpoint").filter { $0["file_b64"] != "" }
    static let invalid = vectors.records("checkpoints", "invalid_checkpoint")

    static func signer() throws -> NoteSigner {
        try NoteSigner(name: Self.name, seed: Bytes.hex(Self.vectors.value("key", "seed_hex")))
    }

    static func checkpoint(size: Int) throws -> Checkpoint {
        let root = MerkleTree(entries: (0..<size).map(LogFixture.letterEntry)).rootHash
        return try Checkpoint(origin: Self.name, size: UInt64(size), rootHash: root)
    }

    @Test func theVectorFileHasEveryCheckpointVector() {
        #expect(Self.messages.count == 3)
        #expect(Self.blobs.count == 3)
        #expect(Self.files.count == 3)
        #expect(Self.invalid.count == 6)
        #expect(Self.vectors.blocks.filter { $0.name.hasPrefix("CHECKPOINT") }.count == 3)
    }

    @Test("Checkpoint note texts", arguments: messages)
    func signedMessage(_ record: VectorFile.Record) throws {
        let checkpoint = try Self.checkpoint(size: Int(record["size"]) ?? -1)
        #expect(Array(checkpoint.text.utf8) == Bytes.hex(record["signed_message_hex"]))
        let parsed = try Checkpoint(parsing: String(decoding: Bytes.hex(record["signed_message_hex"]), as: UTF8.self))
        #expect(parsed == checkpoint)
    }

    @Test("Signature blobs carry the key ID and verify", arguments: blobs)
    func signatureBlob(_ record: VectorFile.Record) throws {
        let blob = Bytes.hex(record["signature_blob_hex"])
        let signer = try Self.signer()
        #expect(Array(blob.prefix(4)) == signer.keyID.bytes)
        #expect(blob.count == 68)
        let message = Array(try Self.checkpoint(size: Int(record["size"]) ?? -1).text.utf8)
        #expect(signer.verifier.isValidSignature(blob.dropFirst(4), for: message))
        #expect(!signer.verifier.isValidSignature(blob.dropFirst(4), for: message + [0x0a]))
    }

    @Test("Signed checkpoint files verify, round-trip and match their blocks", arguments: files)
    func file(_ record: VectorFile.Record) throws {
        let size = Int(record["size"]) ?? -1
        let bytes = Bytes.base64(record["file_b64"])
        let block = try #require(Self.vectors.blocks.first { $0.name == "CHECKPOINT size=\(size)" })
        #expect(Array(block.body.utf8) == bytes)

        let signer = try Self.signer()
        let expected = try Self.checkpoint(size: size)
        let opened = Checkpoint.open(bytes, verifiers: [signer.verifier], origin: Self.name)
        #expect(opened == .verified(expected))
        #expect(try SignedNote(parsing: bytes).bytes == bytes)

        let signed = try expected.sign(with: [signer])
        #expect(Checkpoint.open(signed.bytes, verifiers: [signer.verifier]) == .verified(expected))
        if ed25519IsDeterministic {
            #expect(signed.bytes == bytes)
        }
    }

    @Test("Checkpoints that must be rejected", arguments: invalid)
    func rejected(_ record: VectorFile.Record) throws {
        let bytes = Bytes.base64(record["file_b64"])
        let verifier = try Self.signer().verifier
        let opened = Checkpoint.open(bytes, verifiers: [verifier], origin: Self.name)
        #expect(opened.checkpoint == nil)
        let reason = record["reason"]
        let expected: VerificationFailure.Reason? =
            if reason.contains("changed after signing") {
                .invalidSignature
            } else if reason.contains("unknown key") {
                .noTrustedSignature
            } else if reason.contains("U+2014") || reason.contains("blank line") || reason.contains("carriage return") {
                .malformedNote
            } else {
                nil
            }
        if let expected {
            #expect(opened.failure?.reason == expected, "\(reason)")
        }
    }
}
