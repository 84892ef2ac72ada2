import CompressNIO
import Foundation
import Hummingbird

/// One static resource of the log's tlog-tiles API (the checkpoint, a tile, an entry bundle),
/// answered to GET or HEAD, gzipped when it is compressible and the client accepts gzip.
struct LogResource {
    var bytes: [UInt8]
    var contentType: String
    var cacheControl: String
    /// Whether to gzip for clients that accept it (tlog-tiles: entry bundles SHOULD be compressed).
    var compressible = false

    func response(to request: Request) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: cacheControl]
        var body = ByteBuffer(bytes: bytes)
        if compressible {
            // Caches must keep the gzipped and the plain answer apart.
            headers[.vary] = "Accept-Encoding"
            if Self.acceptsGzip(request.headers[.acceptEncoding]), let gzipped = try? body.compress(with: .gzip()) {
                headers[.contentEncoding] = "gzip"
                body = gzipped
            }
        }
        headers[.contentLength] = String(body.readableBytes)
        guard request.method != .head else { return Response(status: .ok, headers: headers) }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// Whether an `Accept-Encoding` header admits gzip (RFC 9110 §12.5.3): listed, or `*`, with a
    /// non-zero quality.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        var gzip: Bool?
        var wildcard: Bool?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first else { continue }
            let zero = parts.dropFirst().contains { $0.hasPrefix("q=") && (Double($0.dropFirst(2)) ?? 1) == 0 }
            if coding == "gzip" || coding == "x-gzip" { gzip = !zero }
            if coding == "*" { wildcard = !zero }
        }
        return gzip ?? wildcard ?? false
    }
}
