import Testing
import TransparencyLog

@Suite("Proof vectors: every inclusion and consistency proof of entries a to h")
struct ProofVectorTests {
    static let vectors = VectorFile.shared
    static let inclusions = vectors.records("leaves-a-h", "inclusion")
    static let consistencies = vectors.records("leaves-a-h", "consistency")
    static let entries = (0..<8).map(LogFixture.letterEntry)
    static let tree = MerkleTree(entries: entries)
    static let fixture: LogFixture = {
        do {
            return try LogFixture.oneByOne(entries)
        } catch {
            fatalError("building the a-h log failed: \(error)")
        }
    }()

    static func hashes(_ text: String) throws -> [LogHash] {
        guard text != "-" else {
            return []
        }
        return try text.split(separator: ",").map { try LogHash(hex: $0) }
    }

    @Test func theVectorFileHasEveryProof() {
        #expect(Self.inclusions.count == 36)
        #expect(Self.consistencies.count == 28)
    }

    @Test("Inclusion proofs", arguments: inclusions)
    func inclusion(_ record: VectorFile.Record) async throws {
        let size = UInt64(record["size"]) ?? 0
        let index = UInt64(record["index"]) ?? 0
        let expected = try Self.hashes(record["proof_hex"])

        let reference = try Self.tree.inclusionProof(index: index, treeSize: size)
        #expect(reference.hashes == expected)
        let fromTiles = try await InclusionProof.generate(
            index: index,
            treeSize: size,
            from: Self.fixture.reader(size: size)
        )
        #expect(fromTiles == reference)

        let proof = InclusionProof(index: index, treeSize: size, hashes: expected)
        let root = try Self.tree.rootHash(size: size)
        #expect(proof.verify(leafHash: .leaf(Self.entries[Int(index)]), rootHash: root) == .valid)
        #expect(proof.computedRoot(leafHash: .leaf(Self.entries[Int(index)])) == root)
    }

    @Test("Consistency proofs", arguments: consistencies)
    func consistency(_ record: VectorFile.Record) async throws {
        let old = UInt64(record["old"]) ?? 0
        let new = UInt64(record["new"]) ?? 0
        let expected = try Self.hashes(record["proof_hex"])

        let reference = try Self.tree.consistencyProof(oldSize: old, newSize: new)
        #expect(reference.hashes == expected)
        let fromTiles = try await ConsistencyProof.generate(
            oldSize: old,
            newSize: new,
            from: Self.fixture.reader(size: new)
        )
        #expect(fromTiles == reference)

        let proof = ConsistencyProof(oldSize: old, newSize: new, hashes: expected)
        let verification = proof.verify(
            oldRoot: try Self.tree.rootHash(size: old),
            newRoot: try Self.tree.rootHash(size: new)
        )
        #expect(verification == .valid)
    }
}
