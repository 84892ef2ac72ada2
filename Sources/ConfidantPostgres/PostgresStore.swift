import ConfidantCore
import ConfidantStore
import Logging
import PostgresNIO
import ServiceLifecycle

/// The scale-out registry store: PostgreSQL through postgres-nio's pooled `PostgresClient`.
///
/// The store is a `Service`: its ``run()`` runs the connection pool, so run it in the
/// app's `ServiceGroup` (or a task of its own in tests) before calling anything else.
/// Several `confidant serve` processes may share one database.
///
/// With a `schema`, every connection of the store uses only that schema (it is the
/// connection's `search_path`), which ``migrate()`` creates if missing: tests use a
/// fresh schema each and drop it with ``dropSchema()``.
public struct PostgresStore: RegistryStore, Service {
    let client: PostgresClient
    let schema: String?
    let logger: Logger
    /// Finished when ``run()`` starts the pool. ``migrate()``, every command's first query,
    /// waits for it: leasing a connection before the pool runs works, but postgres-nio
    /// warns about it on the command's terminal.
    private let started = StartSignal()

    /// Connects to the database a URL names.
    ///
    /// - Parameters:
    ///   - url: `postgres://user:password@host:port/database` (or `postgresql://`); port
    ///     defaults to 5432, the database to the user's name. An optional `?sslmode=`
    ///     takes libpq's values: `disable`, `allow`/`prefer` (the default), `require`,
    ///     `verify-ca`, `verify-full`. User and password may be percent-encoded.
    ///   - logger: receives the pool's background messages and query logs, at debug level
    ///     at most (the driver's trace level would log row data).
    ///   - schema: the schema to keep the tables in, or `nil` for the server's default.
    /// - Throws: ``ConfidantStore/StoreError`` (`invalidInput`) if the URL or schema name is not
    ///   valid. The message never repeats the URL, which holds the password.
    public init(url: String, logger: Logger, schema: String? = nil) throws {
        self.init(
            validated: try PostgresURL.configuration(url), schema: try schema.map(Self.validSchema), logger: logger)
    }

    /// Uses a configuration built by the caller (for TLS or pool settings a URL cannot express).
    ///
    /// - Parameters:
    ///   - configuration: the client's configuration.
    ///   - logger: receives the pool's background messages and query logs, at debug level
    ///     at most (the driver's trace level would log row data).
    public init(configuration: PostgresClient.Configuration, logger: Logger) {
        self.init(validated: configuration, schema: nil, logger: logger)
    }

    /// Uses a configuration built by the caller, keeping the tables in `schema`.
    ///
    /// - Parameters:
    ///   - configuration: the client's configuration.
    ///   - logger: receives the pool's background messages and query logs, at debug level
    ///     at most (the driver's trace level would log row data).
    ///   - schema: a lowercase identifier, `[a-z_][a-z0-9_]*`, of at most 63 characters.
    /// - Throws: ``ConfidantStore/StoreError`` (`invalidInput`) if the schema name is not valid.
    public init(configuration: PostgresClient.Configuration, logger: Logger, schema: String) throws {
        self.init(validated: configuration, schema: try Self.validSchema(schema), logger: logger)
    }

    private init(validated configuration: PostgresClient.Configuration, schema: String?, logger: Logger) {
        var configuration = configuration
        // Startup parameters apply to every connection the pool opens, before any query:
        // text is UTF-8 whatever the database's default, and names resolve in `schema` only.
        configuration.options.additionalStartupParameters.append(("client_encoding", "UTF8"))
        if let schema {
            configuration.options.additionalStartupParameters.append(("search_path", #""\#(schema)""#))
        }
        // postgres-nio logs wire messages, row data included, at trace level: the driver
        // never gets a logger below debug, whatever the app asks for.
        var logger = logger
        logger.logLevel = max(logger.logLevel, .debug)
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.schema = schema
        self.logger = logger
    }

    /// Runs the connection pool until the task is cancelled or the service group shuts down.
    /// Call it once; queries wait until it runs.
    public func run() async {
        started.fire()
        await client.run()
    }

    /// Creates the store's schema if it has one, then applies the pending migrations, each
    /// in a transaction under an advisory lock, so processes starting together are safe.
    public func migrate() async throws {
        await started.wait()
        do {
            try await PostgresMigrations.migrate(client, schema: schema, logger: logger)
        } catch {
            throw StoreError.migrationFailed(
                "the PostgreSQL schema could not be migrated",
                underlying: PostgresErrorTranslation.translate(error, "migration failed"))
        }
    }

    /// Drops the store's schema and everything in it, for test cleanup.
    ///
    /// - Throws: ``ConfidantStore/StoreError`` (`invalidInput`) if the store was made
    ///   without a schema: it never drops the server's default schema.
    public func dropSchema() async throws {
        guard let schema else {
            throw StoreError.invalidInput(SafeMessage("the store has no schema of its own to drop"))
        }
        try await withConnection("the schema could not be dropped") { connection in
            // A validated identifier: it cannot be a bind.
            _ = try await connection.query(
                PostgresQuery(unsafeSQL: #"DROP SCHEMA IF EXISTS "\#(schema)" CASCADE"#), logger: logger)
        }
    }

    /// How long ``ping()`` waits: while the server cannot be reached the pool keeps
    /// retrying for a minute before it fails what is queued, too long for a health check.
    static let pingTimeout: Duration = .seconds(5)

    /// Runs `SELECT 1`, failing with `unavailable` if no answer comes within five seconds.
    public func ping() async throws {
        let failure = "the PostgreSQL database does not answer"
        do {
            try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask {
                    try await withConnection(failure) { connection in
                        _ = try await connection.query("SELECT 1", logger: logger).collect()
                    }
                    return true
                }
                group.addTask {
                    try await Task.sleep(for: Self.pingTimeout)
                    return false
                }
                defer { group.cancelAll() }
                guard try await group.next() == true else { throw StoreError.unavailable(failure) }
            }
        } catch {
            throw PostgresErrorTranslation.translate(error, failure)
        }
    }

    public func patient(_ nhsNumber: NHSNumber) async throws -> Patient? {
        let rows = try await snapshot("the patient could not be read") { connection in
            try await PostgresPatientReader.rows(.numbers([Int64(nhsNumber.value)]), on: connection, logger: logger)
        }
        return try rows.first?.patient()
    }

    public func patientCount() async throws -> Int {
        try await withConnection("the patients could not be counted") { connection in
            let rows = try await connection.query("SELECT count(*) FROM patient", logger: logger)
            for try await count in rows.decode(Int.self) { return count }
            return 0
        }
    }

    /// Schema names are spliced into SQL and startup parameters (they cannot be binds),
    /// so only plain lowercase identifiers are accepted.
    static func validSchema(_ name: String) throws -> String {
        let valid =
            (1...63).contains(name.utf8.count)
            && name.utf8.enumerated().allSatisfy { index, byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"): true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): index > 0
                default: false
                }
            }
        guard valid else {
            throw StoreError.invalidInput(
                SafeMessage("a PostgreSQL schema name must be 1 to 63 of a-z, 0-9 and _, not starting with a digit"))
        }
        return name
    }
}
