import ConfidantStore
import Foundation
import Hummingbird
import TransparencyLog

/// The transparency log's read API: C2SP tlog-tiles under `/log/`, so existing tlog
/// clients can follow and verify the log, and JSON proofs under `/v1/log/proof/` for
/// clients that do not read tiles.
struct LogController: Sendable {
    let store: any LogStore
    /// Level-1-and-up tiles shared by every proof this process serves (see ``TransparencyLog/TileCache``).
    let cache: TileCache
    /// The signed checkpoint of the empty tree, served until the log has its first entry
    /// (tlog-tiles: the checkpoint MUST be served); `nil` when the server has no log key.
    let emptyCheckpoint: String?

    func register(on router: Router<BasicRequestContext>) {
        // tlog-tiles resources are static assets: HEAD answers as GET does, without the body.
        for method in [HTTPRequest.Method.get, .head] {
            router.on("log/checkpoint", method: method) { request, _ in try await checkpoint(request) }
            router.on("log/tile/**", method: method) { request, _ in try await tile(request) }
        }
        router.get("v1/log/proof/inclusion") { request, _ -> InclusionProofResponse in
            let index = try request.uri.queryParameters.require("index", as: UInt64.self)
            let size = try await treeSize(request.uri.queryParameters.get("size", as: UInt64.self))
            guard index < size else {
                throw HTTPError(.badRequest, message: "index must be less than size (the tree size)")
            }
            let reader = TileHashReader(treeSize: size, tiles: AnyLogStore(store), cache: cache)
            let proof = try await InclusionProof.generate(index: index, treeSize: size, from: reader)
            return InclusionProofResponse(index: index, treeSize: size, hashes: proof.hashes.map(\.base64))
        }
        router.get("v1/log/proof/consistency") { request, _ -> ConsistencyProofResponse in
            let old = try request.uri.queryParameters.require("old", as: UInt64.self)
            let new = try await treeSize(request.uri.queryParameters.get("new", as: UInt64.self))
            guard old >= 1, old <= new else {
                throw HTTPError(.badRequest, message: "old must be between 1 and new (the newer tree size)")
            }
            let reader = TileHashReader(treeSize: new, tiles: AnyLogStore(store), cache: cache)
            let proof = try await ConsistencyProof.generate(oldSize: old, newSize: new, from: reader)
            return ConsistencyProofResponse(oldSize: old, newSize: new, hashes: proof.hashes.map(\.base64))
        }
    }

    private func checkpoint(_ request: Request) async throws -> Response {
        guard let note = try await store.latestCheckpoint() ?? emptyCheckpoint else {
            throw HTTPError(.notFound, message: "the log is empty: no checkpoint has been signed yet")
        }
        // Mutable: tlog-tiles asks that it not be cached beyond a few seconds.
        return LogResource(
            bytes: Array(note.utf8), contentType: "text/plain; charset=utf-8", cacheControl: "public, max-age=2"
        ).response(to: request)
    }

    private func tile(_ request: Request) async throws -> Response {
        let path = String(request.uri.path.dropFirst("/log/".count))
        guard let tile = try? Tile(path: path) else {
            throw HTTPError(.notFound, message: "not a tile path in the tlog-tiles layout")
        }
        guard let bytes = try await store.tile(tile) else {
            throw HTTPError(.notFound, message: "the log has no such tile yet")
        }
        // Immutable: a tile of a given width never changes. Entry bundles SHOULD be compressed.
        return LogResource(
            bytes: bytes, contentType: "application/octet-stream", cacheControl: "public, max-age=31536000, immutable",
            compressible: tile.level == nil
        ).response(to: request)
    }

    /// The tree size asked for, which must be one the log has signed; the latest by default.
    private func treeSize(_ asked: UInt64?) async throws -> UInt64 {
        let latest = try await store.latestTreeSize()
        guard latest > 0 else {
            throw HTTPError(.notFound, message: "the log is empty: no checkpoint has been signed yet")
        }
        guard let asked else { return latest }
        guard asked <= latest else {
            throw HTTPError(.badRequest, message: "the tree size is larger than the latest checkpoint's")
        }
        return asked
    }
}

struct InclusionProofResponse: ResponseEncodable {
    var index: UInt64
    var treeSize: UInt64
    /// Base64 hashes, leaf to root (RFC 9162 order).
    var hashes: [String]
}

struct ConsistencyProofResponse: ResponseEncodable {
    var oldSize: UInt64
    var newSize: UInt64
    var hashes: [String]
}
