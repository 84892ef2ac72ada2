import ConfidantCore
import ConfidantHTTP
import ConfidantPostgres
import ConfidantSQLite
import ConfidantStore
import ConfidantTesting
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Prometheus
import Testing

/// The store a disclosure API test runs on: SQLite always, PostgreSQL when `POSTGRES_URL` is set.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static var available: [StoreKind] {
        ProcessInfo.processInfo.environment["POSTGRES_URL"] == nil ? [.sqlite] : allCases
    }

    var testDescription: String { rawValue }

    /// Runs `body` on a fresh, migrated store of this kind.
    func withStore(_ body: @escaping @Sendable (any ConfidantStorage) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let store = try SQLiteStore.inMemory()
            try await store.migrate()
            try await body(store)
        case .postgres:
            try await PostgresTestServer.withFreshStore(prefix: "http_") { store in try await body(store) }
        }
    }
}

/// A client of the disclosure API in a test: calls with a key and decodes the JSON answer.
struct APIClient {
    let client: any TestClientProtocol

    struct Answer {
        let status: HTTPResponse.Status
        let json: [String: Any]
        let contentType: String?

        /// The fields named by a problem's `errors`.
        var problemFields: [String] { (json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
        var string: (String) -> String? { { json[$0] as? String } }
    }

    func call(
        _ method: HTTPRequest.Method, _ uri: String, key: String?, json: JSONValue? = nil, raw: String? = nil,
        contentType: String = "application/json"
    ) async throws -> Answer {
        var headers: HTTPFields = [.contentType: contentType]
        if let key { headers[.authorization] = "Bearer \(key)" }
        var body: ByteBuffer?
        if let json {
            let encoder = JSONEncoder()
            body = ByteBuffer(bytes: try encoder.encode(json))
        } else if let raw {
            body = ByteBuffer(string: raw)
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
            let object = (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) ?? [:]
            return Answer(
                status: response.status, json: object as? [String: Any] ?? ["array": object],
                contentType: response.headers[.contentType])
        }
    }
}

/// Runs `body` against the disclosure API on a fixture of `kind`.
func withDisclosureAPI(
    _ kind: StoreKind, _ body: @escaping @Sendable (APIClient, GatewayFixture) async throws -> Void
) async throws {
    try await kind.withStore { store in
        try await GatewayFixture.with(store) { fixture in
            let app = Application(
                router: ConfidantApplication.router(
                    store: store, metrics: PrometheusCollectorRegistry(), gateway: fixture.gateway))
            try await app.test(.router) { client in try await body(APIClient(client: client), fixture) }
        }
    }
}
