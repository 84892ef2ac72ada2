import CompressNIO
import ConfidantHTTP
import ConfidantSQLite
import ConfidantStore
import ConfidantTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Prometheus
import Testing
import TransparencyLog

/// The log's read API: what a tlog-tiles client fetches verifies against the signed checkpoint.
@Suite struct LogAPITests {
    /// A store whose log holds `count` synthetic events.
    static func store(with count: Int) async throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let sequencer = LogSequencer(
            storage: AnyLogStore(store),
            sealer: LogSealer(origin: LogStoreConformance.signer.name, signer: LogStoreConformance.signer))
        try await sequencer.whileRunning {
            for sequence in 0..<count {
                let event = LogStoreConformance.event("http", sequence)
                _ = try await sequencer.append(event.record, entry: event.entry)
            }
        }
        return store
    }

    @Test func tilesAndBundlesServedOverHTTPVerifyAgainstTheCheckpoint() async throws {
        let store = try await Self.store(with: 300)
        let app = Application(router: ConfidantApplication.router(store: store, metrics: PrometheusCollectorRegistry()))
        try await app.test(.router) { client in
            var note: [UInt8] = []
            try await client.execute(uri: "/log/checkpoint", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                note = Array(response.body.readableBytesView)
            }
            guard
                case .verified(let checkpoint) = Checkpoint.open(
                    note, verifiers: [LogStoreConformance.signer.verifier], origin: LogStoreConformance.signer.name)
            else {
                Issue.record("the served checkpoint does not verify")
                return
            }
            #expect(checkpoint.size == 300)
            var tiles: [Tile: [UInt8]] = [:]
            let layout = TileLayout(treeSize: 300)
            for tile in layout.levels.flatMap({ layout.tiles(level: $0.level) }) + [
                try Tile.entries(index: 0), try Tile.entries(index: 1, width: 44),
            ] {
                try await client.execute(uri: "/log/" + tile.path, method: .get) { response in
                    #expect(response.status == .ok, "\(tile.path)")
                    #expect(response.headers[.contentType] == "application/octet-stream")
                    #expect(response.headers[.cacheControl]?.contains("immutable") == true)
                    tiles[tile] = Array(response.body.readableBytesView)
                }
            }
            let served = MemoryTileStore(tiles: tiles)
            #expect(await TileAudit.verify(treeSize: 300, rootHash: checkpoint.rootHash, tiles: served) == .valid)
            try await client.execute(uri: "/log/tile/0/001.p/45", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/log/tile/0/x1/zz", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func proofsAreJSONAndVerify() async throws {
        let store = try await Self.store(with: 40)
        let app = Application(router: ConfidantApplication.router(store: store, metrics: PrometheusCollectorRegistry()))
        let note = try #require(try await store.latestCheckpoint())
        let checkpoint = try Checkpoint(parsing: SignedNote(parsing: note).text)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/log/proof/inclusion?index=17&size=40", method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONDecoder().decode(Proof.self, from: Data(response.body.readableBytesView))
                let proof = InclusionProof(
                    index: 17, treeSize: 40, hashes: try body.hashes.map { try LogHash(base64: $0) })
                let event = LogStoreConformance.event("http", 17)
                #expect(proof.verify(leafHash: event.entry.leafHash, rootHash: checkpoint.rootHash) == .valid)
            }
            try await client.execute(uri: "/v1/log/proof/consistency?old=9&new=40", method: .get) { response in
                #expect(response.status == .ok)
            }
            for bad in [
                "inclusion?index=40&size=40", "inclusion?index=x", "inclusion", "consistency?old=0",
                "inclusion?index=1&size=41",
            ] {
                try await client.execute(uri: "/v1/log/proof/" + bad, method: .get) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
            }
        }
    }

    @Test func anEmptyLogServesTheSignedCheckpointOfTheEmptyTree() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let signer = LogStoreConformance.signer
        let empty = try LogSealer(origin: signer.name, signer: signer).emptyCheckpoint()
        let app = Application(
            router: ConfidantApplication.router(
                store: store, metrics: PrometheusCollectorRegistry(), emptyCheckpoint: empty))
        try await app.test(.router) { client in
            try await client.execute(uri: "/log/checkpoint", method: .get) { response in
                #expect(response.status == .ok)
                guard
                    case .verified(let checkpoint) = Checkpoint.open(
                        Array(response.body.readableBytesView), verifiers: [signer.verifier], origin: signer.name)
                else {
                    Issue.record("the empty log's checkpoint does not verify")
                    return
                }
                #expect(checkpoint.size == 0)
                #expect(checkpoint.rootHash == .emptyTree)
            }
        }
    }

    @Test func withoutAKeyAnEmptyLogHasNoCheckpoint() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let app = Application(router: ConfidantApplication.router(store: store, metrics: PrometheusCollectorRegistry()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/log/checkpoint", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test(arguments: ["/log/checkpoint", "/log/tile/0/000", "/log/tile/entries/001.p/44"])
    func headAnswersAsGetWithoutTheBody(path: String) async throws {
        let store = try await Self.store(with: 300)
        let app = Application(router: ConfidantApplication.router(store: store, metrics: PrometheusCollectorRegistry()))
        try await app.test(.router) { client in
            var length = 0
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                length = response.body.readableBytes
            }
            try await client.execute(uri: path, method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(length))
                #expect(response.headers[.contentType] != nil)
            }
            try await client.execute(uri: "/log/tile/0/009", method: .head) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func entryBundlesAreGzippedForClientsThatAcceptIt() async throws {
        let store = try await Self.store(with: 300)
        let app = Application(router: ConfidantApplication.router(store: store, metrics: PrometheusCollectorRegistry()))
        let stored = try #require(try await store.tile(try Tile.entries(index: 0)))
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/log/tile/entries/000", method: .get, headers: [.acceptEncoding: "gzip, identity"]
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentEncoding] == "gzip")
                #expect(response.headers[.vary] == "Accept-Encoding")
                var body = response.body
                #expect(body.readableBytes < stored.count)
                let plain = try body.decompress(with: .gzip())
                #expect(Array(plain.readableBytesView) == stored)
            }
            for refused in [nil, "identity", "gzip;q=0", "br", "*;q=0"] {
                var headers = HTTPFields()
                if let refused { headers[.acceptEncoding] = refused }
                try await client.execute(uri: "/log/tile/entries/000", method: .get, headers: headers) { response in
                    #expect(response.headers[.contentEncoding] == nil, "\(refused ?? "no Accept-Encoding")")
                    #expect(Array(response.body.readableBytesView) == stored)
                }
            }
            // Hash tiles are random bytes: compressing them would only cost time.
            try await client.execute(uri: "/log/tile/0/000", method: .get, headers: [.acceptEncoding: "gzip"]) {
                response in
                #expect(response.headers[.contentEncoding] == nil)
            }
        }
    }

    struct Proof: Decodable {
        var hashes: [String]
    }
}
