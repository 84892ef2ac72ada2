import Crypto
import Testing
import TransparencyLog

@Suite("Known answers: SHA-256 (FIPS 180-2) and Ed25519 (RFC 8032 section 7.1)")
struct KnownAnswerTests {
    @Test func sha256() {
        let cases: [(String, String)] = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ]
        for (message, digest) in cases {
            #expect(Bytes.hexString(SHA256.hash(data: Array(message.utf8))) == digest)
        }
        // A leaf hash is SHA-256 of 0x00 followed by the entry.
        #expect(LogHash.leaf(Array("abc".utf8)).bytes == Array(SHA256.hash(data: [0x00] + Array("abc".utf8))))
        #expect(
            LogHash.node(.emptyTree, .emptyTree).bytes
                == Array(SHA256.hash(data: [0x01] + LogHash.emptyTree.bytes + LogHash.emptyTree.bytes)))
    }

    struct Ed25519Vector: Sendable, CustomStringConvertible {
        let name: String
        let secret: String
        let publicKey: String
        let message: String
        let signature: String

        var description: String {
            self.name
        }
    }

    static let ed25519Vectors: [Ed25519Vector] = [
        Ed25519Vector(
            name: "TEST 1",
            secret: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            message: "",
            signature:
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        ),
        Ed25519Vector(
            name: "TEST 2",
            secret: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            message: "72",
            signature:
                "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        ),
        Ed25519Vector(
            name: "TEST 3",
            secret: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            publicKey: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            message: "af82",
            signature:
                "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        ),
    ]

    @Test("RFC 8032 Ed25519", arguments: ed25519Vectors)
    func ed25519(_ vector: Ed25519Vector) throws {
        let signer = try NoteSigner(name: "rfc8032", seed: Bytes.hex(vector.secret))
        #expect(Bytes.hexString(signer.verifier.publicKey) == vector.publicKey)
        let message = Bytes.hex(vector.message)
        let expected = Bytes.hex(vector.signature)
        #expect(signer.verifier.isValidSignature(expected, for: message))
        let ours = try signer.signature(for: message)
        #expect(signer.verifier.isValidSignature(ours, for: message))
        if ed25519IsDeterministic {
            #expect(ours == expected)
        }
        var corrupted = expected
        corrupted[0] ^= 1
        #expect(!signer.verifier.isValidSignature(corrupted, for: message))
        #expect(!signer.verifier.isValidSignature(expected, for: message + [0]))
    }
}
