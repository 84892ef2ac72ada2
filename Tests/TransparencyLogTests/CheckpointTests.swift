import Testing
import TransparencyLog

@Suite("Checkpoints: C2SP tlog-checkpoint rules")
struct CheckpointTests {
    static let root = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="

    @Test func aCheckpointFormatsAndParses() throws {
        let checkpoint = try Checkpoint(
            origin: "example.com/log", size: 42, rootHash: .emptyTree, extensions: ["ext one"])
        #expect(checkpoint.text == "example.com/log\n42\n\(Self.root)\next one\n")
        #expect(try Checkpoint(parsing: checkpoint.text) == checkpoint)
        let huge = try Checkpoint(parsing: "o\n18446744073709551615\n\(Self.root)\n")
        #expect(huge.size == UInt64.max)
        #expect(try Checkpoint(parsing: "o\n0\n\(Self.root)\n").size == 0)
    }

    static let invalid: [String] = [
        "",
        "example.com/log\n42\n\(root)",
        "example.com/log\n42\n",
        "example.com/log\n42\n\n",
        "\n42\n\(root)\n",
        "example.com/log\n042\n\(root)\n",
        "example.com/log\n00\n\(root)\n",
        "example.com/log\n+42\n\(root)\n",
        "example.com/log\n-1\n\(root)\n",
        "example.com/log\n 42\n\(root)\n",
        "example.com/log\n42 \n\(root)\n",
        "example.com/log\n4_2\n\(root)\n",
        "example.com/log\n0x2a\n\(root)\n",
        "example.com/log\n18446744073709551616\n\(root)\n",
        "example.com/log\n\n\(root)\n",
        "example.com/log\n42\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n",
        "example.com/log\n42\n47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "example.com/log\n42\nAAAA\n",
        "example.com/log\n42\n\(root)\n\n",
        "example.com/log\n42\n\(root)\next\n\nmore\n",
        "example.com/log\n42\n\(root)\next\r\n",
        "example.com/log\t\n42\n\(root)\n",
        "example.com/log\n42\n 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
    ]

    @Test("Malformed checkpoint texts are rejected", arguments: invalid)
    func invalidCheckpoint(text: String) {
        #expect(throws: TransparencyLogError.invalidCheckpoint("")) {
            try Checkpoint(parsing: text)
        }
    }

    @Test func invalidLinesCannotBeFormatted() {
        for origin in ["", "two\nlines", "tab\t"] {
            #expect(throws: TransparencyLogError.invalidCheckpoint("")) {
                try Checkpoint(origin: origin, size: 1, rootHash: .emptyTree)
            }
        }
        #expect(throws: TransparencyLogError.invalidCheckpoint("")) {
            try Checkpoint(origin: "o", size: 1, rootHash: .emptyTree, extensions: [""])
        }
    }

    @Test func openingChecksSignatureThenFormThenOrigin() throws {
        let signer = try NoteSigner(name: "example.com/log", seed: [UInt8](repeating: 5, count: 32))
        let checkpoint = try Checkpoint(origin: "example.com/log", size: 7, rootHash: .emptyTree)
        let signed = try checkpoint.sign(with: [signer])
        #expect(
            Checkpoint.open(signed.bytes, verifiers: [signer.verifier], origin: "example.com/log")
                == .verified(checkpoint))
        #expect(Checkpoint.open(signed.bytes, verifiers: [signer.verifier]).checkpoint == checkpoint)
        let elsewhere = Checkpoint.open(signed.bytes, verifiers: [signer.verifier], origin: "other.example/log")
        #expect(elsewhere.failure?.reason == .originMismatch)

        let notACheckpoint = try SignedNote.sign(text: "just a note\n", with: [signer])
        let opened = Checkpoint.open(notACheckpoint.bytes, verifiers: [signer.verifier])
        #expect(opened.failure?.reason == .malformedCheckpoint)
    }
}
