import ConfidantCore
import ConfidantHTTP
import ConfidantSQLite
import ConfidantStore
import ConfidantSynthetic
import ConfidantTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Prometheus
import Testing

@Suite struct ServerSkeletonTests {
    static func router(store: (any ConfidantStorage)? = nil) async throws -> Router<BasicRequestContext> {
        let store = try store ?? SQLiteStore.inMemory()
        try await store.migrate()
        return ConfidantApplication.router(store: store, metrics: PrometheusCollectorRegistry())
    }

    @Test func healthzIsOkWhenTheStoreAnswers() async throws {
        let app = Application(router: try await Self.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == #"{"status":"ok"}"#)
            }
        }
    }

    @Test func healthzIs503WhenTheStoreIsDown() async throws {
        let app = Application(router: try await Self.router(store: UnavailableStore()))
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
            }
        }
    }

    @Test func metricsArePrometheusText() async throws {
        let app = Application(router: try await Self.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { _ in }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            }
        }
    }

    @Test func unknownPathIsAProblemDocument() async throws {
        let app = Application(router: try await Self.router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/no/such/page", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem =
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                #expect(problem?["status"] as? Int == 404)
            }
        }
    }

    @Test func homePageShowsCountsNotPatients() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let patients = Fixtures.registry.patients(in: 0..<25)
        _ = try await store.importPatients(
            from: ArrayPatientSource(patients), receivedOn: Fixtures.date("2026-01-01"), progress: { _ in })
        let app = Application(router: try await Self.router(store: store))
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains(#"<strong id="patient-count">25</strong>"#))
                for patient in patients {
                    #expect(!html.contains(patient.usualName?.family ?? "—"))
                }
            }
        }
    }

    /// Every operation the document lists is routed, needs a key exactly when it says so,
    /// and answers with a status it documents. The router has a gateway, so the disclosure
    /// API is registered; the calls carry no body, so they change nothing.
    @Test func everyPathInTheOpenAPIDocumentIsRouted() async throws {
        let store = try await LogAPITests.store(with: 3)
        try await GatewayFixture.with(store) { fixture in
            let app = Application(
                router: ConfidantApplication.router(
                    store: store, metrics: PrometheusCollectorRegistry(), gateway: fixture.gateway))
            try await app.test(.router) { client in
                let document = try await client.execute(uri: "/openapi.json", method: .get) { response in
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                }
                let paths = try #require(document?["paths"] as? [String: [String: Any]])
                #expect(
                    Set(paths.keys) == [
                        "/", "/healthz", "/metrics", "/openapi.json", "/log/checkpoint", "/log/tile/{path}",
                        "/v1/log/proof/inclusion", "/v1/log/proof/consistency", "/v1/requests", "/v1/requests/batch",
                        "/v1/requests/{id}", "/v1/requests/{id}/disclosure", "/v1/review-queue",
                        "/v1/requests/{id}/review", "/v1/requests/{id}/approve", "/v1/requests/{id}/refuse",
                        "/v1/requests/{id}/lift-embargo", "/v1/agreements/{id}/suspend",
                        "/v1/agreements/{id}/reinstate",
                    ])
                let withKey: HTTPFields = [.authorization: "Bearer \(fixture.keys.administrator)"]
                let withoutKey: HTTPFields = [:]

                // An unrouted path or method gets Hummingbird's 404, a problem without a detail;
                // a routed 404 comes from the gateway and says what it did not find.
                let unrouted: [(uri: String, method: HTTPRequest.Method)] = [
                    ("/v1/requests/req-000000000000-00000000/no-such-step", .post),
                    ("/v1/requests/req-000000000000-00000000/approve", .get),
                ]
                for call in unrouted {
                    try await client.execute(uri: call.uri, method: call.method, headers: withKey) { response in
                        #expect(response.status == .notFound)
                        #expect(response.headers[.contentType] == "application/problem+json")
                        #expect(Self.problemDetail(response) == nil)
                    }
                }
                let missing = try await client.execute(
                    uri: "/v1/requests/req-000000000000-00000000", method: .get, headers: withKey
                ) { response in Self.problemDetail(response) }
                #expect(missing == "there is no request req-000000000000-00000000")

                let methods: [String: HTTPRequest.Method] = [
                    "get": .get, "put": .put, "post": .post, "delete": .delete, "patch": .patch,
                ]
                var operations = 0
                for (path, item) in paths {
                    for (name, value) in item {
                        guard let method = methods[name], let operation = value as? [String: Any] else { continue }
                        operations += 1
                        let documented = Set((operation["responses"] as? [String: Any] ?? [:]).keys)
                        let needsKey = operation["security"] != nil
                        for headers in [withKey, withoutKey] {
                            let call = "\(method) \(path) \(headers.isEmpty ? "without" : "with") a key"
                            try await client.execute(uri: Self.example(path), method: method, headers: headers) {
                                response in
                                let status = response.status.code
                                let isUnrouted = response.status == .notFound && Self.problemDetail(response) == nil
                                #expect(!isUnrouted, "\(call): documented but not routed")
                                #expect(documented.contains(String(status)), "\(call): \(status) is not documented")
                                if headers.isEmpty {
                                    #expect(
                                        (response.status == .unauthorized) == needsKey,
                                        "\(call): \(status), but security is declared: \(needsKey)")
                                }
                            }
                        }
                    }
                }
                #expect(operations == 20)
            }
        }
    }

    /// A path of the document with its parameters filled in.
    static func example(_ path: String) -> String {
        let id = path.hasPrefix("/v1/agreements/") ? "met-police-2017" : "req-000000000000-00000000"
        return path.replacingOccurrences(of: "{path}", with: "0/000.p/3").replacingOccurrences(of: "{id}", with: id)
    }

    /// The `detail` of a problem response, if it is one and has one.
    static func problemDetail(_ response: TestResponse) -> String? {
        guard response.headers[.contentType] == "application/problem+json",
            let object = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
                as? [String: Any]
        else { return nil }
        return object["detail"] as? String
    }

    @Test func liveServerAnswersOnAnEphemeralPort() async throws {
        let store = try SQLiteStore.inMemory()
        try await store.migrate()
        let app = ConfidantApplication.application(
            configuration: ServerConfiguration(host: "127.0.0.1", port: 0), store: store,
            metrics: PrometheusCollectorRegistry(), logger: Logger(label: "test"))
        try await app.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
