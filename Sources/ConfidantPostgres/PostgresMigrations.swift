import ConfidantStore
import Logging
import PostgresNIO

/// The PostgreSQL schema, as an ordered list of migrations recorded in
/// `schema_migrations`. Never edit a shipped migration: add a new one.
///
/// The tables mirror the SQLite adapter's (`SQLiteMigrations`), with native integer
/// types; dates stay ISO `YYYY-MM-DD` text so ``ConfidantStore/PatientRows`` maps
/// both stores, and CHECK constraints hold them to that shape.
enum PostgresMigrations {
    struct Migration: Sendable {
        let name: String
        /// One statement each: postgres-nio's extended protocol runs one statement per query.
        let statements: [String]
        /// Work in Swift after the statements, in the same transaction (deriving data SQL cannot).
        var backfill: (@Sendable (PostgresConnection, Logger) async throws -> Void)? = nil
    }

    static let all = [
        Migration(name: "v1-registry", statements: registrySchema),
        Migration(name: "v2-trace", statements: traceSchema, backfill: PostgresTraceIndex.backfill),
        Migration(name: "v3-log", statements: logSchema),
        Migration(name: "v4-disclosure", statements: disclosureSchema),
        Migration(name: "v5-log-tile-nodes", statements: logTileNodesSchema, backfill: PostgresLogTiles.backfillNodes),
    ]

    /// Applies the pending migrations, each in its own transaction under an advisory
    /// lock, so processes starting together apply each migration exactly once.
    ///
    /// - Parameter schema: the schema to create and migrate, or `nil` for the connection's default.
    static func migrate(_ client: PostgresClient, schema: String?, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await lock(connection, schema: schema, logger: logger)
            if let schema {
                // A validated identifier (see `PostgresStore.validSchema`): it cannot be a bind.
                try await connection.query(
                    PostgresQuery(unsafeSQL: #"CREATE SCHEMA IF NOT EXISTS "\#(schema)""#), logger: logger)
            }
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
                logger: logger)
        }
        for migration in all {
            try await client.withTransaction(logger: logger) { connection in
                try await lock(connection, schema: schema, logger: logger)
                // Checked under the lock: another process may have applied it while we waited.
                let applied = try await connection.query(
                    "SELECT 1 FROM schema_migrations WHERE name = \(migration.name)", logger: logger
                ).collect()
                guard applied.isEmpty else { return }
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await migration.backfill?(connection, logger)
                try await connection.query(
                    "INSERT INTO schema_migrations (name) VALUES (\(migration.name))", logger: logger)
                logger.info("Applied a PostgreSQL migration", metadata: ["db.migration": "\(migration.name)"])
            }
        }
    }

    /// A transaction-scoped lock keyed by schema, so tests migrating fresh schemas in
    /// parallel do not wait for each other. Released at COMMIT or ROLLBACK.
    private static func lock(_ connection: PostgresConnection, schema: String?, logger: Logger) async throws {
        let key = schema ?? ""
        try await connection.query(
            "SELECT pg_advisory_xact_lock(hashtext('confidant.migrations'), hashtext(\(key)))", logger: logger)
    }

    private static let isoDate = "~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'"

    /// The registry tables. Children are keyed by (nhs_number, seq), which also serves
    /// the foreign key's cascade and the per-patient reads.
    static let registrySchema = [
        """
        CREATE TABLE patient (
            nhs_number BIGINT PRIMARY KEY CHECK (nhs_number BETWEEN 0 AND 9999999999),
            birth_date TEXT NOT NULL CHECK (birth_date \(isoDate)),
            gender TEXT NOT NULL CHECK (gender IN ('male', 'female', 'other', 'unknown')),
            death_date TEXT CHECK (death_date \(isoDate) AND death_date >= birth_date),
            gp_practice TEXT,
            registered_on TEXT CHECK (registered_on \(isoDate)),
            phone TEXT,
            email TEXT,
            security_label TEXT NOT NULL CHECK (security_label IN ('U', 'R', 'REDACTED'))
        )
        """,
        """
        CREATE TABLE patient_name (
            nhs_number BIGINT NOT NULL REFERENCES patient (nhs_number) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq >= 0),
            use TEXT NOT NULL CHECK (use IN ('usual', 'previous')),
            given TEXT NOT NULL,
            family TEXT NOT NULL CHECK (family <> ''),
            period_start TEXT CHECK (period_start \(isoDate)),
            period_end TEXT CHECK (period_end \(isoDate)),
            PRIMARY KEY (nhs_number, seq)
        )
        """,
        """
        CREATE TABLE patient_address (
            nhs_number BIGINT NOT NULL REFERENCES patient (nhs_number) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq >= 0),
            line1 TEXT, line2 TEXT, line3 TEXT, line4 TEXT,
            postcode TEXT,
            period_start TEXT CHECK (period_start \(isoDate)),
            period_end TEXT CHECK (period_end \(isoDate)),
            PRIMARY KEY (nhs_number, seq)
        )
        """,
        """
        CREATE TABLE patient_objection (
            nhs_number BIGINT NOT NULL REFERENCES patient (nhs_number) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('national-data-opt-out', 'type-1')),
            recorded_on TEXT CHECK (recorded_on \(isoDate)),
            PRIMARY KEY (nhs_number, kind)
        )
        """,
        """
        CREATE TABLE service_usage (
            nhs_number BIGINT NOT NULL REFERENCES patient (nhs_number) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq >= 0),
            on_date TEXT NOT NULL CHECK (on_date \(isoDate)),
            site TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (nhs_number, seq)
        )
        """,
        """
        CREATE TABLE clinical_entry (
            id BIGSERIAL PRIMARY KEY,
            nhs_number BIGINT NOT NULL REFERENCES patient (nhs_number) ON DELETE CASCADE,
            recorded_on TEXT NOT NULL CHECK (recorded_on \(isoDate)),
            code TEXT NOT NULL,
            text TEXT NOT NULL
        )
        """,
        "CREATE INDEX clinical_entry_by_patient ON clinical_entry (nhs_number)",
    ]
}

extension PostgresMigrations {
    /// The trace index: each patient's profile in its row, and `blocking_key`, whose
    /// primary key (key, nhs_number) serves the candidate lookups. No foreign key: the
    /// rows are derived, and the import rewrites them with the patient.
    static let traceSchema = [
        "ALTER TABLE patient ADD COLUMN trace_profile BYTEA",
        "CREATE TABLE blocking_key (key BIGINT NOT NULL, nhs_number BIGINT NOT NULL, PRIMARY KEY (key, nhs_number))",
    ]
}

extension PostgresMigrations {
    /// The transparency log and the request events it commits to, as in SQLite:
    /// `log_tile` keeps the widest version of each tile (level -1 for entry bundles).
    static let logSchema = [
        """
        CREATE TABLE request_event (
            request_id TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq >= 0),
            kind TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            body BYTEA NOT NULL,
            salt BYTEA NOT NULL CHECK (length(salt) = 32),
            log_index BIGINT NOT NULL UNIQUE,
            PRIMARY KEY (request_id, seq)
        )
        """,
        """
        CREATE TABLE log_tile (
            level INTEGER NOT NULL CHECK (level BETWEEN -1 AND 63),
            idx BIGINT NOT NULL CHECK (idx >= 0),
            data BYTEA NOT NULL,
            PRIMARY KEY (level, idx)
        )
        """,
        """
        CREATE TABLE log_checkpoint (
            size BIGINT PRIMARY KEY CHECK (size > 0),
            note TEXT NOT NULL,
            signed_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """,
    ]

    /// Beside each full hash tile, its `TileNodes`, as in SQLite (`logTileNodesSchema`).
    static let logTileNodesSchema = [
        "ALTER TABLE log_tile ADD COLUMN nodes BYTEA CHECK (nodes IS NULL OR length(nodes) = 512)"
    ]

    /// Agencies, officers and agreements as their validated JSON documents; a request's
    /// row is the projection of its events (see the SQLite adapter's `disclosureSchema`).
    static let disclosureSchema = [
        "CREATE TABLE agency (id TEXT PRIMARY KEY, document TEXT NOT NULL)",
        "CREATE TABLE officer (id TEXT PRIMARY KEY, agency_id TEXT NOT NULL REFERENCES agency(id), document TEXT NOT NULL)",
        "CREATE INDEX officer_agency ON officer (agency_id)",
        """
        CREATE TABLE agreement (
            id TEXT PRIMARY KEY, agency_id TEXT NOT NULL REFERENCES agency(id), document TEXT NOT NULL
        )
        """,
        "CREATE INDEX agreement_agency ON agreement (agency_id)",
        """
        CREATE TABLE api_credential (
            id TEXT PRIMARY KEY,
            secret_hash BYTEA NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
            principal_kind TEXT NOT NULL CHECK (principal_kind IN ('officer', 'staff')),
            agency_id TEXT,
            officer_id TEXT,
            staff_id TEXT,
            staff_role TEXT,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        )
        """,
        """
        CREATE TABLE disclosure_request (
            id TEXT PRIMARY KEY,
            agency_id TEXT NOT NULL REFERENCES agency(id),
            agreement_id TEXT NOT NULL REFERENCES agreement(id),
            officer_id TEXT NOT NULL,
            status TEXT NOT NULL,
            received_on TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            event_count INTEGER NOT NULL CHECK (event_count > 0),
            matched_nhs_number BIGINT,
            embargoed BOOLEAN NOT NULL,
            document BYTEA NOT NULL
        )
        """,
        "CREATE INDEX disclosure_request_agency ON disclosure_request (agency_id, id)",
        "CREATE INDEX disclosure_request_agreement ON disclosure_request (agreement_id, id)",
        "CREATE INDEX disclosure_request_status ON disclosure_request (status, id)",
        """
        CREATE INDEX disclosure_request_patient ON disclosure_request (matched_nhs_number)
            WHERE matched_nhs_number IS NOT NULL
        """,
    ]
}
