import GRDB

/// The SQLite schema, as an ordered list of migrations. Never edit a shipped
/// migration: add a new one.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-registry") { db in
            try db.execute(sql: registrySchema)
        }
        migrator.registerMigration("v2-trace") { db in
            try db.execute(sql: traceSchema)
            try SQLiteTraceIndex.backfill(db)
        }
        migrator.registerMigration("v3-log") { db in
            try db.execute(sql: logSchema)
        }
        migrator.registerMigration("v4-disclosure") { db in
            try db.execute(sql: disclosureSchema)
        }
        migrator.registerMigration("v5-log-tile-nodes") { db in
            try db.execute(sql: logTileNodesSchema)
            try SQLiteLogTiles.backfillNodes(db)
        }
        migrator.registerMigration("v6-trace-blocks") { db in
            try db.execute(sql: traceBlockSchema)
            try SQLiteTraceIndex.packBlockingKeys(db)
        }
        migrator.registerMigration("v7-packed-trace-blocks") { db in
            try SQLiteTraceIndex.repackTraceBlocks(db)
        }
        return migrator
    }

    /// The registry tables. Child tables are keyed by (nhs_number, seq) WITHOUT ROWID,
    /// so a patient's rows sit together and need no second index.
    static let registrySchema = """
        CREATE TABLE patient (
            nhs_number INTEGER PRIMARY KEY,
            birth_date TEXT NOT NULL CHECK (length(birth_date) = 10),
            gender TEXT NOT NULL CHECK (gender IN ('male', 'female', 'other', 'unknown')),
            death_date TEXT CHECK (death_date IS NULL OR death_date >= birth_date),
            gp_practice TEXT,
            registered_on TEXT,
            phone TEXT,
            email TEXT,
            security_label TEXT NOT NULL CHECK (security_label IN ('U', 'R', 'REDACTED'))
        );
        CREATE TABLE patient_name (
            nhs_number INTEGER NOT NULL REFERENCES patient(nhs_number) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            use TEXT NOT NULL CHECK (use IN ('usual', 'previous')),
            given TEXT NOT NULL,
            family TEXT NOT NULL CHECK (family <> ''),
            period_start TEXT,
            period_end TEXT,
            PRIMARY KEY (nhs_number, seq)
        ) WITHOUT ROWID;
        CREATE TABLE patient_address (
            nhs_number INTEGER NOT NULL REFERENCES patient(nhs_number) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            line1 TEXT, line2 TEXT, line3 TEXT, line4 TEXT,
            postcode TEXT,
            period_start TEXT,
            period_end TEXT,
            PRIMARY KEY (nhs_number, seq)
        ) WITHOUT ROWID;
        CREATE TABLE patient_objection (
            nhs_number INTEGER NOT NULL REFERENCES patient(nhs_number) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('national-data-opt-out', 'type-1')),
            recorded_on TEXT,
            PRIMARY KEY (nhs_number, kind)
        ) WITHOUT ROWID;
        CREATE TABLE service_usage (
            nhs_number INTEGER NOT NULL REFERENCES patient(nhs_number) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            on_date TEXT NOT NULL,
            site TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (nhs_number, seq)
        ) WITHOUT ROWID;
        CREATE TABLE clinical_entry (
            id INTEGER PRIMARY KEY,
            nhs_number INTEGER NOT NULL REFERENCES patient(nhs_number) ON DELETE CASCADE,
            recorded_on TEXT NOT NULL,
            code TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX clinical_entry_by_patient ON clinical_entry(nhs_number);
        """
}

extension SQLiteMigrations {
    /// The trace index: each patient's profile in its row, and `blocking_key`, keyed by
    /// (key, nhs_number) WITHOUT ROWID so one key's patients sit together. No foreign
    /// key: the rows are derived, and the import rewrites them with the patient.
    static let traceSchema = """
        ALTER TABLE patient ADD COLUMN trace_profile BLOB;
        CREATE TABLE blocking_key (
            key INTEGER NOT NULL,
            nhs_number INTEGER NOT NULL,
            PRIMARY KEY (key, nhs_number)
        ) WITHOUT ROWID;
        """
}

extension SQLiteMigrations {
    /// The blocking index packed a bucket a row (``TraceBlock``) instead of a row a key and
    /// patient; `blocking_key`'s rows move into it and the table goes.
    static let traceBlockSchema = """
        CREATE TABLE trace_block (
            bucket INTEGER PRIMARY KEY,
            entries BLOB NOT NULL CHECK (length(entries) > 0 AND length(entries) % 16 = 0)
        );
        """

    /// `trace_block` with 10-byte entries (``TraceBlock/Layout/packed``); built beside the
    /// old table and renamed to its name once every block is repacked into it.
    static let packedTraceBlockSchema = """
        CREATE TABLE trace_block_packed (
            bucket INTEGER PRIMARY KEY,
            entries BLOB NOT NULL CHECK (length(entries) > 0 AND length(entries) % 10 = 0)
        );
        """
}

extension SQLiteMigrations {
    /// The transparency log and the request events it commits to. `log_tile` keeps one
    /// row a tile (level -1 for entry bundles), the widest written; `log_checkpoint`
    /// every checkpoint signed, by tree size.
    static let logSchema = """
        CREATE TABLE request_event (
            request_id TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq >= 0),
            kind TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            body BLOB NOT NULL,
            salt BLOB NOT NULL CHECK (length(salt) = 32),
            log_index INTEGER NOT NULL UNIQUE,
            PRIMARY KEY (request_id, seq)
        ) WITHOUT ROWID;
        CREATE TABLE log_tile (
            level INTEGER NOT NULL CHECK (level BETWEEN -1 AND 63),
            idx INTEGER NOT NULL CHECK (idx >= 0),
            data BLOB NOT NULL,
            PRIMARY KEY (level, idx)
        ) WITHOUT ROWID;
        CREATE TABLE log_checkpoint (
            size INTEGER PRIMARY KEY CHECK (size > 0),
            note TEXT NOT NULL,
            signed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """

    /// Beside each full hash tile, its `TileNodes` (the 16 in-tile level-4 roots), so an
    /// inclusion proof hashes about 22 nodes instead of 247; NULL for partial tiles and
    /// entry bundles.
    static let logTileNodesSchema = """
        ALTER TABLE log_tile ADD COLUMN nodes BLOB CHECK (nodes IS NULL OR length(nodes) = 512);
        """

    /// Agencies, officers and agreements are kept as their validated JSON documents, with
    /// the columns queries need beside them; a request's row is the projection of its events.
    static let disclosureSchema = """
        CREATE TABLE agency (
            id TEXT PRIMARY KEY,
            document BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE officer (
            id TEXT PRIMARY KEY,
            agency_id TEXT NOT NULL REFERENCES agency(id),
            document BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX officer_agency ON officer (agency_id);
        CREATE TABLE agreement (
            id TEXT PRIMARY KEY,
            agency_id TEXT NOT NULL REFERENCES agency(id),
            document BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX agreement_agency ON agreement (agency_id);
        CREATE TABLE api_credential (
            id TEXT PRIMARY KEY,
            secret_hash BLOB NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
            principal_kind TEXT NOT NULL CHECK (principal_kind IN ('officer', 'staff')),
            agency_id TEXT,
            officer_id TEXT,
            staff_id TEXT,
            staff_role TEXT,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE TABLE disclosure_request (
            id TEXT PRIMARY KEY,
            agency_id TEXT NOT NULL REFERENCES agency(id),
            agreement_id TEXT NOT NULL REFERENCES agreement(id),
            officer_id TEXT NOT NULL,
            status TEXT NOT NULL,
            received_on TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            event_count INTEGER NOT NULL CHECK (event_count > 0),
            matched_nhs_number INTEGER,
            embargoed INTEGER NOT NULL,
            document BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX disclosure_request_agency ON disclosure_request (agency_id, id);
        CREATE INDEX disclosure_request_agreement ON disclosure_request (agreement_id, id);
        CREATE INDEX disclosure_request_status ON disclosure_request (status, id);
        CREATE INDEX disclosure_request_patient ON disclosure_request (matched_nhs_number)
            WHERE matched_nhs_number IS NOT NULL;
        """
}
