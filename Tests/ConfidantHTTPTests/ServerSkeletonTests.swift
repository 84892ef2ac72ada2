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

    @Test func everyPathInTheOpenAPIDocumentIsRouted() async throws {
        let app = Application(router: try await Self.router(store: try await LogAPITests.store(with: 3)))
        try await app.test(.router) { client in
            let document = try await client.execute(uri: "/openapi.json", method: .get) { response in
                try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            }
            let paths = try #require(document?["paths"] as? [String: Any])
            #expect(
                Set(paths.keys) == [
                    "/", "/healthz", "/metrics", "/openapi.json", "/log/checkpoint", "/log/tile/{path}",
                    "/v1/log/proof/inclusion", "/v1/log/proof/consistency",
                ])
            for path in paths.keys {
                let example = path.replacingOccurrences(of: "{path}", with: "0/000.p/3")
                try await client.execute(uri: example, method: .get) { response in
                    #expect(response.status != .notFound, "\(path) is documented but not routed")
                }
            }
        }
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
