import ConfidantStore
import PostgresNIO

extension PostgresStore {
    /// Runs `body` on a pooled connection, translating every error into ``ConfidantStore/StoreError``.
    @discardableResult
    func withConnection<T: Sendable>(
        _ failure: String, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw PostgresErrorTranslation.translate(error, failure)
        }
    }

    /// Runs `body` in one read-write transaction: committed if it returns, rolled back if it throws.
    func transaction<T: Sendable>(
        _ failure: String, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await withConnection(failure) { connection in
            try await Self.transaction(begin: "BEGIN", on: connection, logger: logger, body)
        }
    }

    /// Runs `body` in a read-only transaction that sees one snapshot, so a record read
    /// by several queries is never half before and half after a concurrent import.
    func snapshot<T: Sendable>(
        _ failure: String, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await withConnection(failure) { connection in
            try await Self.transaction(
                begin: "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", on: connection, logger: logger, body)
        }
    }

    private static func transaction<T: Sendable>(
        begin: PostgresQuery, on connection: PostgresConnection, logger: Logger,
        _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await connection.query(begin, logger: logger)
        let value: T
        do {
            value = try await body(connection)
        } catch {
            // The body's error is the one to report; the rollback only hands the pool a
            // clean connection (if it fails, the connection is broken and gets closed).
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
        try await connection.query("COMMIT", logger: logger)
        return value
    }
}
