import ConfidantStore
import Foundation
import Testing
import TransparencyLog

/// The transparency log's conformance suite: every adapter must keep one log, without
/// gaps or forks, whose tiles verify against its signed checkpoints.
public enum LogStoreConformance {
    /// One behaviour every log store must have.
    public enum Check: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case appendsGetConsecutiveIndicesAndVerifiableTiles
        case twoSequencersOnOneStoreMakeOneLog
        case aFailedBatchChangesNothing
        case partialTilesAreServedAtEveryCheckpointedWidth
        case receiptsProveEvents
        case fullTilesKeepTheirNodes

        public var testDescription: String { rawValue }

        /// Runs the check on a migrated, empty store.
        public func run(on store: any LogStore) async throws {
            switch self {
            case .appendsGetConsecutiveIndicesAndVerifiableTiles: try await LogStoreConformance.consecutive(store)
            case .twoSequencersOnOneStoreMakeOneLog: try await LogStoreConformance.twoSequencers(store)
            case .aFailedBatchChangesNothing: try await LogStoreConformance.failedBatch(store)
            case .partialTilesAreServedAtEveryCheckpointedWidth: try await LogStoreConformance.partialTiles(store)
            case .receiptsProveEvents: try await LogStoreConformance.receipts(store)
            case .fullTilesKeepTheirNodes: try await LogStoreConformance.fullTilesKeepTheirNodes(store)
            }
        }
    }

    /// A fixed test key (its seed is public: tests only).
    public static let signer: NoteSigner = {
        guard let signer = try? NoteSigner(name: "confidant.test/log", seed: [UInt8](repeating: 7, count: 32)) else {
            preconditionFailure("the test key is valid")
        }
        return signer
    }()

    static let sealer = LogSealer(origin: signer.name, signer: signer)

    /// A synthetic event for request `request`, number `sequence`.
    public static func event(_ request: String, _ sequence: Int) -> (record: RequestEventRecord, entry: LeafEntry) {
        let body = Array(#"{"request":"\#(request)","sequence":\#(sequence)}"#.utf8)
        let salt = (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ sequence &+ request.utf8.count) }
        let commitment = (try? EventCommitment(event: body, salt: salt))?.value ?? .emptyTree
        return (
            RequestEventRecord(
                requestID: request, sequence: sequence, kind: "received", recordedAt: "2026-11-22T12:00:00Z",
                body: body, salt: salt),
            LeafEntry(kind: .received, commitment: commitment)
        )
    }

    /// Appends `count` events for `request` through `sequencer`, `concurrency` at a time.
    static func append(
        _ count: Int, request: String, to sequencer: LogSequencer<AnyLogStore>
    ) async throws -> [UInt64] {
        try await withThrowingTaskGroup(of: UInt64.self) { group in
            for sequence in 0..<count {
                group.addTask {
                    let event = event(request, sequence)
                    return try await sequencer.append(event.record, entry: event.entry).index
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Appends `count` synthetic events for request `request` to the log in `store`.
    ///
    /// - Returns: the leaf indices they got.
    @discardableResult
    public static func fill(_ store: any LogStore, count: Int, request: String = "fill") async throws -> [UInt64] {
        try await withSequencers(1, on: store) { try await append(count, request: request, to: $0[0]) }
    }

    /// Checks that every full hash tile of the log in `store` has its ``TransparencyLog/TileNodes`` beside
    /// it, computed from its bytes, and that partial tiles have none.
    public static func expectNodesKept(_ store: any LogStore) async throws {
        let size = try await store.latestTreeSize()
        let layout = TileLayout(treeSize: size)
        let tiles = layout.levels.indices.flatMap { layout.tiles(level: $0) }
        for (tile, stored) in zip(tiles, try await store.readHashTiles(tiles)) {
            if tile.isPartial {
                #expect(stored.nodes == nil, "\(tile.path) is partial and keeps no nodes")
            } else {
                #expect(stored.nodes == (try TileNodes(tileBytes: stored.bytes)), "\(tile.path)")
            }
        }
    }

    /// Runs `body` with sequencers on `store`, finishing them afterwards.
    static func withSequencers<T: Sendable>(
        _ count: Int, on store: any LogStore, _ body: @Sendable ([LogSequencer<AnyLogStore>]) async throws -> T
    ) async throws -> T {
        let sequencers = (0..<count).map { _ in LogSequencer(storage: AnyLogStore(store), sealer: sealer) }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            for sequencer in sequencers {
                group.addTask {
                    await sequencer.run()
                    return nil
                }
            }
            let result = try await body(sequencers)
            for sequencer in sequencers { sequencer.finish() }
            for try await _ in group {}
            return result
        }
    }

    static func checkpoint(_ store: any LogStore) async throws -> Checkpoint {
        let note = try #require(try await store.latestCheckpoint())
        guard
            case .verified(let checkpoint) = Checkpoint.open(
                Array(note.utf8), verifiers: [signer.verifier], origin: signer.name)
        else { throw TransparencyLogError.invalidCheckpoint("the store's checkpoint does not verify") }
        return checkpoint
    }

    static func consecutive(_ store: any LogStore) async throws {
        #expect(try await store.latestCheckpoint() == nil)
        let indices = try await withSequencers(1, on: store) { try await append(300, request: "r1", to: $0[0]) }
        #expect(indices.sorted() == Array(0..<300))
        let checkpoint = try await checkpoint(store)
        #expect(checkpoint.size == 300)
        #expect(
            await TileAudit.verify(treeSize: 300, rootHash: checkpoint.rootHash, tiles: AnyLogStore(store)) == .valid)
        let events = try await store.events(ofRequest: "r1")
        #expect(events.map(\.sequence) == Array(0..<300))
        #expect(Set(events.compactMap(\.logIndex)) == Set(0..<300))
        #expect(try await store.event(atLogIndex: 7)?.requestID == "r1")
        #expect(try await store.event(atLogIndex: 300) == nil)
    }

    /// Two sequencers stand for two `confidant serve` processes sharing one database.
    static func twoSequencers(_ store: any LogStore) async throws {
        let indices = try await withSequencers(2, on: store) { sequencers in
            async let first = append(200, request: "a", to: sequencers[0])
            async let second = append(200, request: "b", to: sequencers[1])
            return try await first + second
        }
        #expect(indices.sorted() == Array(0..<400))
        let checkpoint = try await checkpoint(store)
        #expect(checkpoint.size == 400)
        #expect(
            await TileAudit.verify(treeSize: 400, rootHash: checkpoint.rootHash, tiles: AnyLogStore(store)) == .valid)
    }

    static func failedBatch(_ store: any LogStore) async throws {
        try await withSequencers(1, on: store) { sequencers in
            _ = try await append(3, request: "r", to: sequencers[0])
            // Event 1 of request "r" exists: the store refuses the batch, and nothing of it is kept.
            let duplicate = event("r", 1)
            await #expect(throws: StoreError.self) {
                try await sequencers[0].append(duplicate.record, entry: duplicate.entry)
            }
        }
        let checkpoint = try await checkpoint(store)
        #expect(checkpoint.size == 3)
        #expect(try await store.events(ofRequest: "r").count == 3)
        let next = try await withSequencers(1, on: store) { try await append(1, request: "s", to: $0[0]) }
        #expect(next == [3])
    }

    static func partialTiles(_ store: any LogStore) async throws {
        var roots: [UInt64: LogHash] = [:]
        for (round, count) in [5, 300, 2].enumerated() {
            _ = try await withSequencers(1, on: store) { try await append(count, request: "p\(round)", to: $0[0]) }
            let checkpoint = try await checkpoint(store)
            roots[checkpoint.size] = checkpoint.rootHash
        }
        // Every size a checkpoint was signed at can still be verified from the tiles served now.
        for (size, root) in roots {
            #expect(await TileAudit.verify(treeSize: size, rootHash: root, tiles: AnyLogStore(store)) == .valid)
        }
        #expect(try await store.tile(try Tile(level: 0, index: 0, width: 5))?.count == 5 * LogHash.byteCount)
        #expect(try await store.tile(try Tile(level: 0, index: 1, width: 100)) == nil)
        let consistency = try await ConsistencyProof.generate(
            oldSize: 5, newSize: 307, from: TileHashReader(treeSize: 307, tiles: AnyLogStore(store)))
        #expect(consistency.verify(oldRoot: try #require(roots[5]), newRoot: try #require(roots[307])) == .valid)
    }

    static func receipts(_ store: any LogStore) async throws {
        _ = try await withSequencers(1, on: store) { try await append(40, request: "q", to: $0[0]) }
        let record = try #require(try await store.events(ofRequest: "q").first { $0.sequence == 17 })
        let receipt = try await store.receipt(forLogIndex: try #require(record.logIndex))
        #expect(try await store.latestTreeSize() == 40)
        await #expect(throws: StoreError.notFound("")) { try await store.receipt(forLogIndex: 40) }
        let entry = LeafEntry(
            kind: .received, commitment: try EventCommitment(event: record.body, salt: record.salt).value)
        #expect(receipt.verify(leafHash: entry.leafHash, verifiers: [signer.verifier], origin: signer.name).isVerified)
        var tampered = record.body
        tampered[0] ^= 1
        let forged = LeafEntry(
            kind: .received, commitment: try EventCommitment(event: tampered, salt: record.salt).value)
        #expect(!receipt.verify(leafHash: forged.leafHash, verifiers: [signer.verifier]).isVerified)
    }

    static func fullTilesKeepTheirNodes(_ store: any LogStore) async throws {
        for (round, count) in [100, 300, 213].enumerated() {
            try await fill(store, count: count, request: "n\(round)")
            try await expectNodesKept(store)
        }
        // 613 entries: two full level-0 tiles and a partial one. Every proof built from the stored
        // nodes verifies against the signed root.
        let checkpoint = try await checkpoint(store)
        #expect(checkpoint.size == 613)
        let reader = TileHashReader(treeSize: checkpoint.size, tiles: AnyLogStore(store))
        var failures: [UInt64] = []
        for index in 0..<checkpoint.size {
            let record = try #require(try await store.event(atLogIndex: index))
            let entry = LeafEntry(
                kind: .received, commitment: try EventCommitment(event: record.body, salt: record.salt).value)
            let proof = try await InclusionProof.generate(index: index, treeSize: checkpoint.size, from: reader)
            if proof.verify(leafHash: entry.leafHash, rootHash: checkpoint.rootHash) != .valid {
                failures.append(index)
            }
        }
        #expect(failures.isEmpty)
    }
}
