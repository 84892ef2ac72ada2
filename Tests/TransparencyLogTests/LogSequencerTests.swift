import Synchronization
import Testing
import TransparencyLog

/// An in-memory ``LogStorage`` that commits like a database transaction: all or nothing.
final class MemoryLogStorage: LogStorage, Sendable {
    struct Contents: Sendable {
        var tiles = MemoryTileStore()
        var size: UInt64 = 0
        var records: [UInt64: String] = [:]
        var checkpoints: [SignedNote] = []
        var failNextCommit = false
    }

    let contents = Mutex(Contents())

    func commit(
        _ records: [String], seal: @escaping @Sendable (UInt64, [Tile: [UInt8]]) throws -> SealedBatch
    ) async throws -> SealedBatch {
        try contents.withLock { contents in
            if contents.failNextCommit {
                contents.failNextCommit = false
                throw TransparencyLogError.storageFailure("the disk is full")
            }
            let required = LogAppender(treeSize: contents.size).requiredTiles
            let existing = Dictionary(uniqueKeysWithValues: zip(required, try contents.tiles.readTiles(required)))
            let sealed = try seal(contents.size, existing)
            contents.tiles.write(sealed.append.tiles)
            contents.size = sealed.append.newSize
            for (offset, record) in records.enumerated() {
                contents.records[sealed.firstIndex + UInt64(offset)] = record
            }
            contents.checkpoints.append(sealed.checkpoint)
            return sealed
        }
    }
}

@Suite struct LogSequencerTests {
    static let signer: NoteSigner? = try? NoteSigner(
        name: "confidant.example/log", seed: [UInt8](repeating: 9, count: 32))

    static func entry(_ i: Int) throws -> LeafEntry {
        let salt = [UInt8](repeating: UInt8(i % 256), count: 32)
        return LeafEntry(
            kind: .received, commitment: try EventCommitment(event: Array("event \(i)".utf8), salt: salt).value)
    }

    @Test func concurrentAppendsGetConsecutiveIndicesAndVerifiableCheckpoints() async throws {
        let signer = try #require(Self.signer)
        let storage = MemoryLogStorage()
        let sequencer = LogSequencer(
            storage: storage, sealer: LogSealer(origin: "confidant.example/log", signer: signer))
        let positions = try await withThrowingTaskGroup(of: LogSequencer<MemoryLogStorage>.Position.self) { group in
            group.addTask {
                await sequencer.run()
                throw CancellationError()
            }
            var inner = [LogSequencer<MemoryLogStorage>.Position]()
            try await withThrowingTaskGroup(of: LogSequencer<MemoryLogStorage>.Position.self) { appends in
                for i in 0..<600 {
                    appends.addTask { try await sequencer.append("record \(i)", entry: try Self.entry(i)) }
                }
                for try await position in appends { inner.append(position) }
            }
            sequencer.finish()
            return inner
        }
        #expect(positions.map(\.index).sorted() == Array(0..<600))
        let contents = storage.contents.withLock { $0 }
        #expect(contents.size == 600)
        #expect(contents.records.count == 600)
        // Group commit: fewer commits than appends, and every checkpoint verifies and grows.
        #expect(contents.checkpoints.count < 600)
        var previous: UInt64 = 0
        for note in contents.checkpoints {
            guard
                case .verified(let checkpoint) = Checkpoint.open(
                    note.bytes, verifiers: [signer.verifier], origin: "confidant.example/log")
            else {
                Issue.record("a checkpoint does not verify")
                continue
            }
            #expect(checkpoint.size > previous)
            previous = checkpoint.size
        }
        let last = try Checkpoint(parsing: try #require(contents.checkpoints.last).text)
        #expect(await TileAudit.verify(treeSize: 600, rootHash: last.rootHash, tiles: contents.tiles) == .valid)
    }

    @Test func aFailedBatchFailsItsAppendsAndStoresNothing() async throws {
        let signer = try #require(Self.signer)
        let storage = MemoryLogStorage()
        storage.contents.withLock { $0.failNextCommit = true }
        let sequencer = LogSequencer(
            storage: storage, sealer: LogSealer(origin: "confidant.example/log", signer: signer))
        async let running: Void = sequencer.run()
        await #expect(throws: TransparencyLogError.self) {
            try await sequencer.append("lost", entry: try Self.entry(1))
        }
        let kept = try await sequencer.append("kept", entry: try Self.entry(2))
        #expect(kept.index == 0)
        sequencer.finish()
        await running
        await #expect(throws: TransparencyLogError.self) {
            try await sequencer.append("late", entry: try Self.entry(3))
        }
        #expect(storage.contents.withLock { $0.records } == [0: "kept"])
    }
}
