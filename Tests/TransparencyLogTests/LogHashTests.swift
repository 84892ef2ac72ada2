import Testing
import TransparencyLog

@Suite("Hashes, encodings and the module error")
struct LogHashTests {
    @Test func encodingsRoundTrip() throws {
        var random = SeededGenerator(seed: 5)
        for _ in 0..<200 {
            let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
            let hash = try LogHash(bytes: bytes)
            #expect(hash.bytes == bytes)
            #expect(try LogHash(hex: hash.hex) == hash)
            #expect(try LogHash(hex: hash.hex.uppercased()) == hash)
            #expect(try LogHash(base64: hash.base64) == hash)
            #expect(hash.base64 == Bytes.base64Encoded(bytes))
            #expect(hash.hex == Bytes.hexString(bytes))
        }
    }

    static let invalidBase64Texts = [
        "", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFV=",
        "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuF==", "47DEQpj8HBSa-_TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
        " 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hS\nuFU=",
        "47DE=pj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "AAAA",
    ]

    @Test("Non-canonical or wrong-length base64 is rejected", arguments: invalidBase64Texts)
    func invalidBase64(text: String) {
        #expect(throws: TransparencyLogError.invalidHash("")) { try LogHash(base64: text) }
    }

    @Test func invalidHexAndLengthsAreRejected() {
        for text in [
            "", "00", String(repeating: "g", count: 64), String(repeating: "0", count: 63),
            String(repeating: "0", count: 66),
        ] {
            #expect(throws: TransparencyLogError.invalidHash(""), "\(text)") { try LogHash(hex: text) }
        }
        #expect(throws: TransparencyLogError.invalidHash("")) { try LogHash(bytes: [UInt8](repeating: 0, count: 31)) }
    }

    @Test func hashesOrderByTheirBytes() throws {
        let low = try LogHash(bytes: [0] + [UInt8](repeating: 0xff, count: 31))
        let high = try LogHash(bytes: [1] + [UInt8](repeating: 0, count: 31))
        #expect(low < high)
        #expect(Set([low, high, low]).count == 2)
        #expect(String(describing: low) == low.hex)
    }

    @Test func errorsCompareByCodeAndKeepDetailsOutOfTheDescription() {
        let one = TransparencyLogError.storageFailure("first", underlying: TransparencyLogError.invalidTile("inner"))
        let two = TransparencyLogError.storageFailure("second")
        #expect(one == two)
        #expect(one != TransparencyLogError.invalidTile("first"))
        #expect(one.description == "TransparencyLogError.storageFailure: first")
        #expect(one.debugDescription.contains("inner"))
        #expect(!one.description.contains("inner"))
        #expect(one.code.description == "storageFailure")
        #expect(VerificationFailure(.rootMismatch, "a") == VerificationFailure(.rootMismatch, "b"))
        #expect(VerificationFailure(.rootMismatch, "a").description == "rootMismatch: a")
    }
}
