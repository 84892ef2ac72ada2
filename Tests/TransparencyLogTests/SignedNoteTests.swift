import Testing
import TransparencyLog

@Suite("Signed notes: C2SP signed-note rules")
struct SignedNoteTests {
    static let alice = try? NoteSigner(name: "alice.example/log", seed: [UInt8](repeating: 1, count: 32))
    static let bob = try? NoteSigner(name: "bob.example/witness", seed: [UInt8](repeating: 2, count: 32))

    static func signers() throws -> (NoteSigner, NoteSigner) {
        (try #require(Self.alice), try #require(Self.bob))
    }

    @Test func aSignedNoteRoundTripsAndVerifies() throws {
        let (alice, bob) = try Self.signers()
        let note = try SignedNote.sign(text: "hello\n\nwith a blank line inside\n", with: [alice, bob])
        let parsed = try SignedNote(parsing: note.bytes)
        #expect(parsed == note)
        #expect(parsed.text == "hello\n\nwith a blank line inside\n")
        #expect(parsed.verify(using: [alice.verifier]) == .verified(text: note.text, keys: [alice.verifier]))
        #expect(parsed.verify(using: [bob.verifier, alice.verifier]).isVerified)
    }

    @Test func cosigningAddsOrReplacesSignatures() throws {
        let (alice, bob) = try Self.signers()
        let note = try SignedNote.sign(text: "checkpoint\n", with: [alice])
        let cosigned = try note.signed(by: [bob])
        #expect(cosigned.signatures.map(\.keyName) == [alice.name, bob.name])
        let resigned = try cosigned.signed(by: [alice])
        #expect(resigned.signatures.map(\.keyName) == [bob.name, alice.name])
        #expect(resigned.verify(using: [alice.verifier, bob.verifier]).isVerified)
    }

    static let malformed: [(String, [UInt8])] = [
        ("no signature block", Array("text\n".utf8)),
        ("blank line but no signatures", Array("text\n\n".utf8)),
        ("no final newline", Array("text\n\n\u{2014} name AAAAAAA=".utf8)),
        ("hyphen instead of em dash", Array("text\n\n- name AAAAAAA=\n".utf8)),
        ("em dash without space", Array("text\n\n\u{2014}name AAAAAAA=\n".utf8)),
        ("no space before signature", Array("text\n\n\u{2014} nameAAAAAAA=\n".utf8)),
        ("empty key name", Array("text\n\n\u{2014}  AAAAAAA=\n".utf8)),
        ("plus in key name", Array("text\n\n\u{2014} a+b AAAAAAA=\n".utf8)),
        ("signature shorter than 5 bytes", Array("text\n\n\u{2014} name AAAAAA==\n".utf8)),
        ("signature not base64", Array("text\n\n\u{2014} name AAAA!AA=\n".utf8)),
        ("signature with extra field", Array("text\n\n\u{2014} name AAAAAAA= x\n".utf8)),
        ("text after the signatures", Array("text\n\n\u{2014} name AAAAAAA=\nnot a signature\n".utf8)),
        ("tab", Array("te\txt\n\n\u{2014} name AAAAAAA=\n".utf8)),
        ("carriage return", Array("text\r\n\n\u{2014} name AAAAAAA=\n".utf8)),
        ("invalid UTF-8", [0x74, 0xff, 0x0a, 0x0a] + Array("\u{2014} name AAAAAAA=\n".utf8)),
        ("empty", []),
    ]

    @Test("Malformed notes are rejected", arguments: malformed.indices)
    func malformedNote(case index: Int) {
        let (name, bytes) = Self.malformed[index]
        #expect(throws: TransparencyLogError.malformedNote(""), "\(name)") {
            try SignedNote(parsing: bytes)
        }
        #expect(SignedNote.open(bytes, verifiers: []).failure?.reason == .malformedNote, "\(name)")
    }

    @Test func aNoteWithUnicodeSpaceInAKeyNameIsRejected() {
        #expect(throws: TransparencyLogError.malformedNote("")) {
            try SignedNote(parsing: "text\n\n\u{2014} a\u{00a0}b AAAAAAA=\n")
        }
    }

    @Test func sixteenSignaturesAreAcceptedAndTooManyAreNot() throws {
        let (alice, _) = try Self.signers()
        let note = try SignedNote.sign(text: "many\n", with: [alice])
        let unknown = try NoteSignature(keyName: "other", keyID: NoteKeyID(rawValue: 1), signature: [1, 2, 3])
        let sixteen = try SignedNote(
            text: note.text, signatures: Array(repeating: unknown, count: 15) + note.signatures)
        #expect(try SignedNote(parsing: sixteen.bytes).verify(using: [alice.verifier]).isVerified)
        let lines = (0...SignedNote.maximumSignatures).map { _ in unknown.line + "\n" }.joined()
        #expect(throws: TransparencyLogError.malformedNote("")) {
            try SignedNote(parsing: "many\n\n" + lines)
        }
    }

    @Test func unknownKeysAreIgnoredEvenWhenTheyShareANameOrAnID() throws {
        let (alice, _) = try Self.signers()
        let note = try SignedNote.sign(text: "text\n", with: [alice])
        let sameName = try NoteSignature(keyName: alice.name, keyID: NoteKeyID(rawValue: 42), signature: [9, 9])
        let sameID = try NoteSignature(keyName: "impostor", keyID: alice.keyID, signature: [9, 9])
        let noisy = try SignedNote(text: note.text, signatures: [sameName, sameID] + note.signatures)
        #expect(noisy.verify(using: [alice.verifier]).isVerified)
        let onlyNoise = try SignedNote(text: note.text, signatures: [sameName, sameID])
        #expect(onlyNoise.verify(using: [alice.verifier]).failure?.reason == .noTrustedSignature)
    }

    @Test func aBadSignatureByATrustedKeyRejectsTheNote() throws {
        let (alice, bob) = try Self.signers()
        let good = try SignedNote.sign(text: "text\n", with: [alice])
        let forged = try NoteSignature(keyName: bob.name, keyID: bob.keyID, signature: [UInt8](repeating: 0, count: 64))
        let note = try SignedNote(text: good.text, signatures: good.signatures + [forged])
        #expect(note.verify(using: [alice.verifier]).isVerified)
        #expect(note.verify(using: [alice.verifier, bob.verifier]).failure?.reason == .invalidSignature)
    }

    @Test func aChangedTextFailsVerification() throws {
        let (alice, _) = try Self.signers()
        let note = try SignedNote.sign(text: "original\n", with: [alice])
        let changed = try SignedNote(text: "0riginal\n", signatures: note.signatures)
        #expect(changed.verify(using: [alice.verifier]).failure?.reason == .invalidSignature)
    }

    @Test func ambiguousTrustedKeysAreRejected() throws {
        // Key IDs are 32 bits, so two keys with the same name and ID turn up among about 2^16 random keys.
        var random = SeededGenerator(seed: 2024)
        var seen: [NoteKeyID: [UInt8]] = [:]
        var twins: (NoteVerifier, NoteVerifier)?
        while twins == nil {
            let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
            let id = NoteKeyID.ed25519(name: "twin", publicKey: key)
            if let other = seen[id] {
                twins = (
                    try NoteVerifier(name: "twin", publicKey: other), try NoteVerifier(name: "twin", publicKey: key)
                )
            }
            seen[id] = key
        }
        let (first, second) = try #require(twins)
        #expect(first.keyID == second.keyID && first != second)
        let signature = try NoteSignature(
            keyName: "twin", keyID: first.keyID, signature: [UInt8](repeating: 0, count: 64))
        let note = try SignedNote(text: "text\n", signatures: [signature])
        #expect(note.verify(using: [first, second]).failure?.reason == .ambiguousVerifiers)
        #expect(note.verify(using: [first, first]).failure?.reason == .invalidSignature)
    }

    @Test func invalidTextsCannotBeSigned() throws {
        let (alice, _) = try Self.signers()
        for text in ["no newline", "", "tab\there\n", "cr\r\n"] {
            #expect(throws: TransparencyLogError.malformedNote(""), "\(text)") {
                try SignedNote.sign(text: text, with: [alice])
            }
        }
        #expect(throws: TransparencyLogError.malformedNote("")) {
            try SignedNote(text: "text\n", signatures: [])
        }
    }
}

extension SignedNoteTests {
    @Test func theLastBlankLineSeparatesTextFromSignatures() throws {
        // A line that looks like a signature belongs to the text when a later blank line follows it.
        let note = try SignedNote(parsing: "text\n\n\u{2014} name AAAAAAA=\n\n\u{2014} name AAAAAAA=\n")
        #expect(note.text == "text\n\n\u{2014} name AAAAAAA=\n")
        #expect(note.signatures.count == 1)
    }
}
