import Foundation
import Testing
import TransparencyLog

@Suite("Receipts: C2SP tlog-proof")
struct ReceiptTests {
    static let origin = "confidant.example/log"
    static let signer = try? NoteSigner(name: origin, seed: [UInt8](repeating: 9, count: 32))

    struct Log {
        let fixture: LogFixture
        let checkpoint: SignedNote
        let signer: NoteSigner
    }

    static func log(size: Int) throws -> Log {
        let signer = try #require(Self.signer)
        var fixture = LogFixture()
        try fixture.append((0..<size).map { Array("receipt-\($0)".utf8) })
        let root = try #require(fixture.roots[UInt64(size)])
        let checkpoint = try Checkpoint(origin: Self.origin, size: UInt64(size), rootHash: root).sign(with: [signer])
        return Log(fixture: fixture, checkpoint: checkpoint, signer: signer)
    }

    @Test("A receipt proves inclusion offline", arguments: [1, 2, 7, 256, 1000])
    func receiptVerifies(size: Int) async throws {
        let log = try Self.log(size: size)
        for index in Set([0, size / 2, size - 1]) {
            let entry = log.fixture.entries[index]
            let receipt = try await Receipt.generate(
                index: UInt64(index),
                checkpoint: log.checkpoint,
                from: log.fixture.reader(size: UInt64(size))
            )
            let text = receipt.formatted
            #expect(text.hasPrefix("c2sp.org/tlog-proof@v1\nindex \(index)\n"))
            #expect(text.hasSuffix("\n\n" + log.checkpoint.formatted))
            let parsed = try Receipt(parsing: text)
            #expect(parsed == receipt)
            let verification = parsed.verify(entry: entry, verifiers: [log.signer.verifier], origin: Self.origin)
            #expect(verification.isVerified)
            if case .verified(let verifiedIndex, let checkpoint) = verification {
                #expect(verifiedIndex == UInt64(index))
                #expect(checkpoint.size == UInt64(size))
            }
            #expect(Receipt.open(receipt.bytes, leafHash: .leaf(entry), verifiers: [log.signer.verifier]).isVerified)
        }
    }

    @Test func theSpecificationExampleLayoutParses() throws {
        let log = try Self.log(size: 3)
        let sibling = try MerkleTree(entries: log.fixture.entries).rootHash(size: 2)
        let text =
            "c2sp.org/tlog-proof@v1\nextra aGVsbG8=\nindex 2\n" + sibling.base64
            + "\n\n" + log.checkpoint.formatted
        let receipt = try Receipt(parsing: text)
        #expect(receipt.extra == Array("hello".utf8))
        #expect(receipt.index == 2)
        #expect(receipt.proof.count == 1)
        #expect(receipt.formatted == text)
        #expect(receipt.verify(entry: log.fixture.entries[2], verifiers: [log.signer.verifier]).isVerified)
    }

    @Test func aReceiptForAnotherEntryOrLogIsRejected() async throws {
        let log = try Self.log(size: 100)
        let receipt = try await Receipt.generate(
            index: 10, checkpoint: log.checkpoint, from: log.fixture.reader(size: 100))
        let verifier = log.signer.verifier
        #expect(receipt.verify(entry: log.fixture.entries[11], verifiers: [verifier]).failure?.reason == .rootMismatch)
        #expect(
            receipt.verify(entry: log.fixture.entries[10], verifiers: [verifier], origin: "x").failure?.reason
                == .originMismatch)
        let stranger = try NoteSigner(name: Self.origin, seed: [UInt8](repeating: 8, count: 32))
        #expect(
            receipt.verify(entry: log.fixture.entries[10], verifiers: [stranger.verifier]).failure?.reason
                == .noTrustedSignature)

        let shifted = try Receipt(index: 11, proof: receipt.proof, checkpoint: receipt.checkpoint)
        #expect(!shifted.verify(entry: log.fixture.entries[10], verifiers: [verifier]).isVerified)
        let outside = try Receipt(index: 100, proof: receipt.proof, checkpoint: receipt.checkpoint)
        #expect(
            outside.verify(entry: log.fixture.entries[10], verifiers: [verifier]).failure?.reason == .indexOutOfRange)
        let short = try Receipt(index: 10, proof: Array(receipt.proof.dropLast()), checkpoint: receipt.checkpoint)
        #expect(
            short.verify(entry: log.fixture.entries[10], verifiers: [verifier]).failure?.reason == .wrongProofLength)
        for position in receipt.proof.indices {
            var proof = receipt.proof
            proof[position] = .emptyTree
            let tampered = try Receipt(index: 10, proof: proof, checkpoint: receipt.checkpoint)
            #expect(
                tampered.verify(entry: log.fixture.entries[10], verifiers: [verifier]).failure?.reason == .rootMismatch)
        }
    }

    @Test func aReceiptWithAForgedCheckpointIsRejected() async throws {
        let log = try Self.log(size: 20)
        let receipt = try await Receipt.generate(
            index: 3, checkpoint: log.checkpoint, from: log.fixture.reader(size: 20))
        let forgedText = log.checkpoint.text.replacingOccurrences(of: "\n20\n", with: "\n21\n")
        let forged = try Receipt(
            index: 3,
            proof: receipt.proof,
            checkpoint: try SignedNote(text: forgedText, signatures: log.checkpoint.signatures)
        )
        let result = forged.verify(entry: log.fixture.entries[3], verifiers: [log.signer.verifier])
        #expect(result.failure?.reason == .invalidSignature)
    }

    static func malformed(_ checkpoint: String) -> [String] {
        let hash = LogHash.emptyTree.base64
        return [
            "",
            "c2sp.org/tlog-proof@v2\nindex 0\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\nindex 01\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\nindex -1\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\nindex\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\nindex 18446744073709551616\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\nextra !!\nindex 0\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\nindex 0\nextra aGVsbG8=\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\nindex 0\n" + String(hash.dropLast(4)) + "\n\n" + checkpoint,
            "c2sp.org/tlog-proof@v1\nindex 0\n" + hash + "\n",
            "c2sp.org/tlog-proof@v1\nindex 0\n" + hash,
            "c2sp.org/tlog-proof@v1\nindex 0\n\nnot a signed note\n",
            "c2sp.org/tlog-proof@v1\nindex 0\n" + String(repeating: hash + "\n", count: 65) + "\n" + checkpoint,
        ]
    }

    @Test func malformedReceiptsAreRejected() throws {
        let log = try Self.log(size: 1)
        for (position, text) in Self.malformed(log.checkpoint.formatted).enumerated() {
            #expect(throws: TransparencyLogError.invalidReceipt(""), "case \(position)") {
                try Receipt(parsing: text)
            }
            let opened = Receipt.open(Array(text.utf8), leafHash: .emptyTree, verifiers: [log.signer.verifier])
            #expect(opened.failure?.reason == .malformedReceipt, "case \(position)")
        }
    }
}

extension ReceiptTests {
    /// The receipt shown in the DocC article "Verifying a receipt", made from the test vectors.
    static let articleReceipt = """
        c2sp.org/tlog-proof@v1
        index 2
        sTeYX/SE+2ANuTEHx3sDZcgNePW0Kd7Q/Zc2HQd5mes=

        tlogverify.example/selftest
        3
        NmQuc8JUCrEh46a/lUWwokmCzYMOsT080Z3jzmwCHsE=

        \u{2014} tlogverify.example/selftest BnpNvUu5qfC4r7nk/J9mELZZbuf//5nF/HPgrLV2FykNRCR+C3kSW1qzzigAn+b/J1NGkJ6IoqB7XwFa80thgCOlFAo=

        """

    @Test func theDocumentedReceiptVerifiesWithTheVectorKey() async throws {
        let vectors = VectorFile.shared
        let key = try NoteVerifier(verifierKey: vectors.value("key", "vkey"))
        let verification = Receipt.open(
            Array(Self.articleReceipt.utf8),
            leafHash: .leaf(Array("c".utf8)),
            verifiers: [key],
            origin: "tlogverify.example/selftest"
        )
        #expect(verification.isVerified)

        let file = try #require(
            vectors.records("checkpoints", "checkpoint").first { $0["size"] == "3" && $0["file_b64"] != "" })
        let checkpoint = try SignedNote(parsing: Bytes.base64(file["file_b64"]))
        let fixture = try LogFixture.oneByOne((0..<3).map(LogFixture.letterEntry))
        let receipt = try await Receipt.generate(index: 2, checkpoint: checkpoint, from: fixture.reader(size: 3))
        #expect(receipt.formatted == Self.articleReceipt)
    }
}
