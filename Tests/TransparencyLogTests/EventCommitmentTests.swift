import Crypto
import Testing
import TransparencyLog

@Suite("Event commitments and leaf entries")
struct EventCommitmentTests {
    static let event = Array(#"{"kind":"received","request":"R-1"}"#.utf8)

    @Test func theCommitmentHashesPrefixSaltAndEvent() throws {
        let salt = (0..<32).map { UInt8($0) }
        let commitment = try EventCommitment(event: Self.event, salt: salt)
        let expected = SHA256.hash(data: Array("confidant/event/v1\n".utf8) + salt + Self.event)
        #expect(commitment.value.bytes == Array(expected))
        #expect(Bytes.hexString(EventCommitment.domainSeparator) == "636f6e666964616e742f6576656e742f76310a")
        #expect(commitment.matches(event: Self.event))
        #expect(!commitment.matches(event: Self.event + [0x20]))
    }

    @Test func theSaltComesFromTheInjectedRandomSource() {
        var first = SeededGenerator(seed: 1)
        var again = SeededGenerator(seed: 1)
        var other = SeededGenerator(seed: 2)
        let a = EventCommitment(event: Self.event, using: &first)
        let b = EventCommitment(event: Self.event, using: &again)
        let c = EventCommitment(event: Self.event, using: &other)
        #expect(a == b)
        #expect(a.salt.count == 32)
        #expect(a.value != c.value)
        var check = SeededGenerator(seed: 1)
        let words = (0..<4).map { _ in check.next() }
        let expectedSalt = words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
        #expect(a.salt == expectedSalt)
        var system = SystemRandomNumberGenerator()
        #expect(EventCommitment(event: Self.event, using: &system).matches(event: Self.event))
    }

    @Test func aShortSaltIsRefused() {
        #expect(throws: TransparencyLogError.invalidCommitment("")) {
            try EventCommitment(event: Self.event, salt: [1, 2, 3])
        }
    }

    @Test func theLeafEntryEncodingIsByteExact() throws {
        let commitment = try EventCommitment(event: Self.event, salt: [UInt8](repeating: 0xab, count: 32))
        let entry = LeafEntry(kind: .received, commitment: commitment.value)
        let bytes = entry.bytes
        #expect(bytes.count == 42)
        #expect(Array(bytes.prefix(10)) == [0x01, 0x08, 0x72, 0x65, 0x63, 0x65, 0x69, 0x76, 0x65, 0x64])
        #expect(Array(bytes.suffix(32)) == commitment.value.bytes)
        #expect(try LeafEntry(bytes: bytes) == entry)
        #expect(entry.leafHash == .leaf(bytes))
    }

    @Test(
        "Every Confidant event kind round-trips",
        arguments: [
            EventKind.received, .traced, .decided, .reviewed, .approved, .released, .refused, .held, .embargoLifted,
        ])
    func kinds(kind: EventKind) throws {
        #expect(try EventKind(kind.rawValue) == kind)
        let entry = LeafEntry(kind: kind, commitment: .emptyTree)
        #expect(try LeafEntry(bytes: entry.bytes) == entry)
        #expect(entry.bytes.count == 34 + kind.rawValue.utf8.count)
    }

    @Test func invalidKindsAreRefused() throws {
        for kind in ["", "Received", "re ceived", "caf\u{e9}", "a_b", String(repeating: "a", count: 33)] {
            #expect(throws: TransparencyLogError.invalidEventKind(""), "\(kind)") {
                try EventKind(kind)
            }
        }
        #expect(try EventKind(String(repeating: "a", count: 32)).rawValue.count == 32)
    }

    @Test func invalidLeafEntriesAreRefused() {
        let valid = LeafEntry(kind: .held, commitment: .emptyTree).bytes
        let cases: [[UInt8]] = [
            [],
            [0x02] + valid.dropFirst(),
            [0x01, 0x00] + LogHash.emptyTree.bytes,
            [0x01, 0x21] + [UInt8](repeating: 0x61, count: 33) + LogHash.emptyTree.bytes,
            Array(valid.dropLast()),
            valid + [0x00],
            [0x01, 0x04, 0x48, 0x45, 0x4c, 0x44] + LogHash.emptyTree.bytes,
        ]
        for bytes in cases {
            #expect(throws: TransparencyLogError.invalidLeafEntry(""), "\(bytes.prefix(6))") {
                try LeafEntry(bytes: bytes)
            }
        }
    }

    @Test func anEventCanBeProvenInTheLogWithItsSalt() async throws {
        var random = SeededGenerator(seed: 77)
        let events = (0..<50).map { Array("event \($0)".utf8) }
        let commitments = events.map { EventCommitment(event: $0, using: &random) }
        let entries = commitments.map { LeafEntry(kind: .decided, commitment: $0.value) }
        var fixture = LogFixture()
        try fixture.append(entries.map(\.bytes))
        let signer = try NoteSigner(name: "confidant.example/log", seed: [UInt8](repeating: 4, count: 32))
        let root = try #require(fixture.roots[50])
        let checkpoint = try Checkpoint(origin: signer.name, size: 50, rootHash: root).sign(with: [signer])
        let receipt = try await Receipt.generate(index: 17, checkpoint: checkpoint, from: fixture.reader(size: 50))

        // The holder of event 17 and its salt rebuilds the leaf and checks the receipt offline.
        let rebuilt = LeafEntry(
            kind: .decided, commitment: try EventCommitment(event: events[17], salt: commitments[17].salt).value)
        #expect(Receipt.open(receipt.bytes, leafHash: rebuilt.leafHash, verifiers: [signer.verifier]).isVerified)
        let wrongEvent = LeafEntry(
            kind: .decided, commitment: try EventCommitment(event: events[18], salt: commitments[17].salt).value)
        #expect(!Receipt.open(receipt.bytes, leafHash: wrongEvent.leafHash, verifiers: [signer.verifier]).isVerified)
    }
}
