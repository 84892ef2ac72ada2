import Testing
import TransparencyLog

@Suite("Proof verification rejects every wrong proof")
struct ProofVerificationTests {
    static let tree = MerkleTree(entries: (0..<20).map { Array("verify-\($0)".utf8) })

    @Test func inclusionProofsFailForAnyChange() throws {
        let root = Self.tree.rootHash
        for index in UInt64(0)..<20 {
            let proof = try Self.tree.inclusionProof(index: index, treeSize: 20)
            let leaf = Self.tree.leafHashes[Int(index)]
            #expect(proof.verify(leafHash: leaf, rootHash: root) == .valid)
            #expect(proof.verify(leafHash: .emptyTree, rootHash: root).failure?.reason == .rootMismatch)
            #expect(proof.verify(leafHash: leaf, rootHash: .emptyTree).failure?.reason == .rootMismatch)
            for position in proof.hashes.indices {
                var hashes = proof.hashes
                hashes[position] = .emptyTree
                #expect(
                    !InclusionProof(index: index, treeSize: 20, hashes: hashes).verify(leafHash: leaf, rootHash: root)
                        .isValid)
            }
            let longer = InclusionProof(index: index, treeSize: 20, hashes: proof.hashes + [.emptyTree])
            #expect(longer.verify(leafHash: leaf, rootHash: root).failure?.reason == .wrongProofLength)
            let shorter = InclusionProof(index: index, treeSize: 20, hashes: proof.hashes.dropLast())
            #expect(shorter.verify(leafHash: leaf, rootHash: root).failure?.reason == .wrongProofLength)
            #expect(shorter.computedRoot(leafHash: leaf) == nil)
            let moved = InclusionProof(index: (index + 1) % 20, treeSize: 20, hashes: proof.hashes)
            #expect(!moved.verify(leafHash: leaf, rootHash: root).isValid)
        }
        let outside = InclusionProof(index: 20, treeSize: 20, hashes: [])
        #expect(outside.verify(leafHash: .emptyTree, rootHash: root).failure?.reason == .indexOutOfRange)
        let empty = InclusionProof(index: 0, treeSize: 0, hashes: [])
        #expect(empty.verify(leafHash: .emptyTree, rootHash: .emptyTree).failure?.reason == .indexOutOfRange)
    }

    @Test func consistencyProofsFailForAnyChange() throws {
        let newRoot = Self.tree.rootHash
        for old in UInt64(1)..<20 {
            let proof = try Self.tree.consistencyProof(oldSize: old, newSize: 20)
            let oldRoot = try Self.tree.rootHash(size: old)
            #expect(proof.verify(oldRoot: oldRoot, newRoot: newRoot) == .valid)
            #expect(proof.verify(oldRoot: newRoot, newRoot: newRoot).failure?.reason == .rootMismatch)
            #expect(proof.verify(oldRoot: oldRoot, newRoot: oldRoot).failure?.reason == .rootMismatch)
            for position in proof.hashes.indices {
                var hashes = proof.hashes
                hashes[position] = .emptyTree
                #expect(
                    !ConsistencyProof(oldSize: old, newSize: 20, hashes: hashes).verify(
                        oldRoot: oldRoot, newRoot: newRoot
                    ).isValid)
            }
            let longer = ConsistencyProof(oldSize: old, newSize: 20, hashes: proof.hashes + [.emptyTree])
            #expect(longer.verify(oldRoot: oldRoot, newRoot: newRoot).failure?.reason == .wrongProofLength)
            let shorter = ConsistencyProof(oldSize: old, newSize: 20, hashes: proof.hashes.dropLast())
            #expect(!shorter.verify(oldRoot: oldRoot, newRoot: newRoot).isValid)
        }
    }

    @Test func edgeCasesOfConsistency() {
        let root = Self.tree.rootHash
        #expect(ConsistencyProof(oldSize: 20, newSize: 20, hashes: []).verify(oldRoot: root, newRoot: root) == .valid)
        #expect(
            !ConsistencyProof(oldSize: 20, newSize: 20, hashes: []).verify(oldRoot: .emptyTree, newRoot: root).isValid)
        #expect(
            !ConsistencyProof(oldSize: 20, newSize: 20, hashes: [root]).verify(oldRoot: root, newRoot: root).isValid)
        #expect(
            ConsistencyProof(oldSize: 0, newSize: 20, hashes: []).verify(oldRoot: .emptyTree, newRoot: root) == .valid)
        #expect(!ConsistencyProof(oldSize: 0, newSize: 20, hashes: []).verify(oldRoot: root, newRoot: root).isValid)
        let backwards = ConsistencyProof(oldSize: 21, newSize: 20, hashes: [])
        #expect(backwards.verify(oldRoot: root, newRoot: root).failure?.reason == .sizeOutOfOrder)
        #expect(!ConsistencyProof(oldSize: 4, newSize: 20, hashes: []).verify(oldRoot: root, newRoot: root).isValid)
        #expect(!ConsistencyProof(oldSize: 3, newSize: 20, hashes: []).verify(oldRoot: root, newRoot: root).isValid)
    }

    @Test func theReferenceTreeRefusesRequestsOutsideIt() {
        #expect(throws: TransparencyLogError.invalidProofRequest("")) {
            try Self.tree.inclusionProof(index: 20, treeSize: 20)
        }
        #expect(throws: TransparencyLogError.invalidProofRequest("")) {
            try Self.tree.inclusionProof(index: 0, treeSize: 21)
        }
        #expect(throws: TransparencyLogError.invalidProofRequest("")) {
            try Self.tree.consistencyProof(oldSize: 3, newSize: 2)
        }
        #expect(throws: TransparencyLogError.invalidProofRequest("")) { try Self.tree.rootHash(size: 21) }
    }
}
