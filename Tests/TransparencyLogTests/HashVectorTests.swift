import Testing
import TransparencyLog

@Suite("Hash vectors: RFC 6962 reference tree and leaves a-h")
struct HashVectorTests {
    static let vectors = VectorFile.shared
    static let referenceLeaves = vectors.records("rfc6962-reference", "leaf")
    static let referenceRoots = vectors.records("rfc6962-reference", "root")
    static let letterLeaves = vectors.records("leaves-a-h", "leaf")
    static let letterRoots = vectors.records("leaves-a-h", "root")

    @Test func theVectorFileHasEverySection() {
        #expect(Self.referenceLeaves.count == 8)
        #expect(Self.referenceRoots.count == 9)
        #expect(Self.letterLeaves.count == 8)
        #expect(Self.letterRoots.count == 9)
    }

    @Test("RFC 6962 reference leaf hashes", arguments: referenceLeaves)
    func referenceLeafHash(_ record: VectorFile.Record) throws {
        let hash = LogHash.leaf(Bytes.hex(record["data_hex"]))
        #expect(hash.hex == record["leaf_hash_hex"])
        #expect(try LogHash(hex: record["leaf_hash_hex"]) == hash)
    }

    @Test("RFC 6962 reference roots", arguments: referenceRoots)
    func referenceRoot(_ record: VectorFile.Record) async throws {
        let size = Int(record["size"]) ?? -1
        let leaves = Self.referenceLeaves.prefix(size).map { LogHash.leaf(Bytes.hex($0["data_hex"])) }
        #expect(LogHash.root(ofLeafHashes: leaves).hex == record["hex"])
        #expect(MerkleTree(leafHashes: leaves).rootHash.hex == record["hex"])
        let fixture = try LogFixture.oneByOne(Self.referenceLeaves.prefix(size).map { Bytes.hex($0["data_hex"]) })
        #expect(fixture.roots[UInt64(size)]?.hex == record["hex"])
        let fromTiles = try await LogHash.treeHash(size: UInt64(size), from: fixture.reader(size: UInt64(size)))
        #expect(fromTiles.hex == record["hex"])
    }

    @Test("Leaf hashes of entries a to h, in hex and base64", arguments: letterLeaves)
    func letterLeafHash(_ record: VectorFile.Record) throws {
        let index = Int(record["index"]) ?? -1
        #expect(record["data"] == String(decoding: LogFixture.letterEntry(index), as: UTF8.self))
        let hash = LogHash.leaf(Bytes.hex(record["data_hex"]))
        #expect(hash.hex == record["leaf_hash_hex"])
        #expect(hash.base64 == record["leaf_hash_b64"])
        #expect(try LogHash(base64: record["leaf_hash_b64"]) == hash)
        #expect(hash.bytes == Bytes.base64(record["leaf_hash_b64"]))
    }

    @Test("Roots of entries a to h, in hex and base64", arguments: letterRoots)
    func letterRoot(_ record: VectorFile.Record) async throws {
        let size = Int(record["size"]) ?? -1
        let entries = (0..<size).map(LogFixture.letterEntry)
        let tree = MerkleTree(entries: entries)
        #expect(tree.rootHash.hex == record["hex"])
        #expect(tree.rootHash.base64 == record["b64"])
        let fixture = try LogFixture.oneByOne(entries)
        #expect(fixture.roots[UInt64(size)]?.base64 == record["b64"])
        let fromTiles = try await LogHash.treeHash(size: UInt64(size), from: fixture.reader(size: UInt64(size)))
        #expect(fromTiles.hex == record["hex"])
    }

    @Test func theEmptyTreeRootIsTheHashOfNothing() {
        #expect(LogHash.emptyTree.hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(LogHash.root(ofLeafHashes: []) == .emptyTree)
    }
}
