import Foundation
import TransparencyLog

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Reads a log's checkpoint, tiles and entry bundles over HTTP, from a tlog-tiles prefix.
struct HTTPTileReader: TileReader, Sendable {
    /// The log's prefix, ending in `/` (e.g. `http://127.0.0.1:8080/log/`).
    let prefix: URL

    init(prefix: String) throws {
        let normalised = prefix.hasSuffix("/") ? prefix : prefix + "/"
        guard let url = URL(string: normalised), url.scheme == "http" || url.scheme == "https" else {
            throw CommandFailure("--url must be an http or https URL, such as http://127.0.0.1:8080/log/")
        }
        self.prefix = url
    }

    func checkpoint() async throws -> [UInt8] {
        try await fetch("checkpoint")
    }

    func readTiles(_ tiles: [Tile]) async throws -> [[UInt8]] {
        var contents: [[UInt8]] = []
        for tile in tiles { contents.append(try await fetch(tile.path)) }
        return contents
    }

    private func fetch(_ path: String) async throws -> [UInt8] {
        guard let url = URL(string: path, relativeTo: prefix) else { throw CommandFailure("bad log path \(path)") }
        let (data, response) = try await URLSession.shared.data(from: url)
        guard let status = (response as? HTTPURLResponse)?.statusCode, status == 200 else {
            throw CommandFailure("\(url.absoluteString) did not answer 200 OK")
        }
        return [UInt8](data)
    }
}
