import ArgumentParser
import ConfidantPostgres
import ConfidantSQLite
import ConfidantStore
import Configuration
import Foundation
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
        if let url = postgresURL(config) {
            let store = try PostgresStore(url: url, logger: logger)
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await store.run() }
                defer { group.cancelAll() }
                try await store.migrate()
                return try await body(store)
            }
        }
        let store = try SQLiteStore(path: sqlitePath(config))
        try await store.migrate()
        return try await body(store)
    }

    /// Like ``withStore(logger:_:)`` for commands that fill the registry (`seed`, `import
    /// registry`): a SQLite file that does not exist yet is created by a bulk load
    /// (`SQLiteStore.bulkLoad(into:_:)`), which writes each page once and leaves no file
    /// behind if it fails.
    func withStoreToFill<T: Sendable>(
        logger: Logger, _ body: @escaping @Sendable (any ConfidantStorage) async throws -> T
    ) async throws -> T {
        let config = ConfigReader(provider: EnvironmentVariablesProvider())
        let sqlitePath = sqlitePath(config)
        guard postgresURL(config) == nil, !FileManager.default.fileExists(atPath: sqlitePath) else {
            return try await withStore(logger: logger, body)
        }
        return try await SQLiteStore.bulkLoad(into: sqlitePath) { try await body($0) }
    }

    /// The PostgreSQL URL, unless `--db` chose SQLite: `--database-url`, else `CONFIDANT_DATABASE_URL`.
    private func postgresURL(_ config: ConfigReader) -> String? {
        guard path == nil else { return nil }
        return databaseURL ?? config.string(forKey: "confidant.database.url", isSecret: true)
    }

    /// The SQLite file: `--db`, else `CONFIDANT_DB_PATH`, else `./confidant.sqlite`.
    private func sqlitePath(_ config: ConfigReader) -> String {
        path ?? config.string(forKey: "confidant.db.path", default: "confidant.sqlite")
    }
}
