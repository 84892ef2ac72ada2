import ArgumentParser
import ConfidantPostgres
import ConfidantSQLite
import ConfidantStore
import Configuration
import Logging

/// Which store a command uses: the SQLite file (default) or a PostgreSQL database.
///
/// Flags win over the environment: `--db` over `CONFIDANT_DB_PATH`, `--database-url`
/// over `CONFIDANT_DATABASE_URL`.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "SQLite database file (default ./confidant.sqlite; env CONFIDANT_DB_PATH).")
    var path: String?

    @Option(
        name: .customLong("database-url"),
        help: "PostgreSQL URL postgres://user:password@host:port/db (env CONFIDANT_DATABASE_URL).")
    var databaseURL: String?

    func validate() throws {
        if path != nil && databaseURL != nil {
            throw ValidationError("use either --db or --database-url, not both")
        }
    }

    /// Opens the store, runs its services (the PostgreSQL client) while `body` runs, and migrates first.
    func withStore<T: Sendable>(
        logger: Logger, _ body: @escaping @Sendable (any ConfidantStorage) async throws -> T
    ) async throws -> T {
        let config = ConfigReader(provider: EnvironmentVariablesProvider())
        let url = databaseURL ?? config.string(forKey: "confidant.database.url", isSecret: true)
        if let url, path == nil {
            let store = try PostgresStore(url: url, logger: logger)
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await store.run() }
                defer { group.cancelAll() }
                try await store.migrate()
                return try await body(store)
            }
        }
        let store = try SQLiteStore(
            path: path ?? config.string(forKey: "confidant.db.path", default: "confidant.sqlite"))
        try await store.migrate()
        return try await body(store)
    }
}
