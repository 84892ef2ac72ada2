import ConfidantStore
import ConfidantTesting
import Foundation
import Logging
import PostgresNIO
import Testing

@testable import ConfidantPostgres

/// The registry conformance suite on a real PostgreSQL server, each test in a fresh schema.
///
/// Runs when `POSTGRES_URL` is set (`.ci/run` starts a server and sets it).
@Suite(.enabled(if: PostgresTestServer.url != nil, "set POSTGRES_URL to run against PostgreSQL"))
struct PostgresStoreConformanceTests {
    static let url = PostgresTestServer.url

    /// Runs `body` on a migrated store in a schema of its own, dropped afterwards.
    static func withFreshStore(_ body: @escaping @Sendable (PostgresStore) async throws -> Void) async throws {
        try await PostgresTestServer.withFreshStore(body)
    }

    @Test(arguments: RegistryStoreConformance.Check.allCases)
    func conformance(_ check: RegistryStoreConformance.Check) async throws {
        try await Self.withFreshStore { store in try await check.run(on: store) }
    }

    @Test(arguments: LogStoreConformance.Check.allCases)
    func logConformance(_ check: LogStoreConformance.Check) async throws {
        try await Self.withFreshStore { store in try await check.run(on: store) }
    }

    @Test(arguments: TraceStoreConformance.Check.allCases)
    func traceConformance(_ check: TraceStoreConformance.Check) async throws {
        try await Self.withFreshStore { store in try await check.run(on: store) }
    }

    @Test(arguments: DisclosureStoreConformance.Check.allCases)
    func disclosureConformance(_ check: DisclosureStoreConformance.Check) async throws {
        try await Self.withFreshStore { store in try await check.run(on: store) }
    }

    /// A log written before tiles kept their nodes gets them from the migration that adds the column.
    @Test func logTileNodesAreBackfilledByTheirMigration() async throws {
        try await Self.withFreshStore { store in
            try await LogStoreConformance.fill(store, count: 600)
            try await store.withConnection("the test could not undo the migration") { connection in
                try await connection.query("ALTER TABLE log_tile DROP COLUMN nodes", logger: store.logger)
                try await connection.query(
                    "DELETE FROM schema_migrations WHERE name = 'v5-log-tile-nodes'", logger: store.logger)
            }
            try await store.migrate()
            try await LogStoreConformance.expectNodesKept(store)
        }
    }

    @Test func unreachableServerIsUnavailable() async throws {
        var quiet = Logger(label: "test")
        quiet.logLevel = .critical
        let store = try PostgresStore(url: "postgres://nobody@127.0.0.1:1/none", logger: quiet)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await store.run() }
            defer { group.cancelAll() }
            await #expect(throws: StoreError.unavailable("")) {
                try await store.ping()
            }
        }
    }

    @Test(arguments: ["mysql://x@y/z", "postgres://", "not a url"])
    func malformedURLIsRefusedWithoutEchoingIt(_ url: String) throws {
        do {
            _ = try PostgresStore(url: url, logger: Logger(label: "test"))
            Issue.record("accepted \(url)")
        } catch {
            #expect(!String(describing: error).contains("password"))
        }
    }

    @Test func passwordNeverAppearsInErrors() throws {
        do {
            _ = try PostgresStore(url: "postgres://user:s3cretpw@127.0.0.1:notaport/db", logger: Logger(label: "test"))
            Issue.record("accepted a bad port")
        } catch {
            #expect(!String(describing: error).contains("s3cretpw"))
        }
    }
}
