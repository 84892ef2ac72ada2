import ConfidantPostgres
import Foundation
import Logging
import Testing

/// The PostgreSQL server the tests use, from `POSTGRES_URL` (`.ci/run` starts one on
/// loopback and sets it); suites that need it are enabled only when it is set.
public enum PostgresTestServer {
    public static let url = ProcessInfo.processInfo.environment["POSTGRES_URL"]

    /// Runs `body` on a migrated store in a schema of its own, dropped afterwards whether
    /// `body` succeeds or throws.
    ///
    /// - Parameter prefix: the start of the schema's name, which ends in a fresh UUID.
    public static func withFreshStore(
        prefix: String = "test_", _ body: @escaping @Sendable (PostgresStore) async throws -> Void
    ) async throws {
        let url = try #require(url, "set POSTGRES_URL to run against PostgreSQL")
        let schema = prefix + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let store = try PostgresStore(url: url, logger: Logger(label: "test"), schema: schema)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await store.run() }
            defer { group.cancelAll() }
            try await store.migrate()
            do {
                try await body(store)
            } catch {
                try? await store.dropSchema()
                throw error
            }
            try await store.dropSchema()
        }
    }
}
