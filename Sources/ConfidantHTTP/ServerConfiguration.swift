/// How the HTTP server listens. Read at the edge (flags, then environment) and passed in.
///
/// Configuration keys: `http.host` (`CONFIDANT_HTTP_HOST`), `http.port` (`CONFIDANT_HTTP_PORT`).
public struct ServerConfiguration: Sendable, Hashable {
    /// The address to bind, `127.0.0.1` by default: the server is not exposed unless asked.
    public var host: String
    /// The TCP port; 0 picks a free one.
    public var port: Int
    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}
