import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Foundation
import GRDB

extension SQLiteStore {
    /// One bucket of `trace_block` read a key, then each patient row's profile; a
    /// patient found under several keys is decoded once. All keys are read in
    /// one read transaction, so a batch's lookup sees one snapshot.
    public func profiles(forBlockingKeys keys: [Int64], limitPerKey: Int) async throws -> [Int64: [TraceProfile]] {
        try await read("the trace index could not be read") { db in
            try SQLiteCandidateReader(db).profiles(forBlockingKeys: keys, limitPerKey: limitPerKey)
        }
    }

    public func sampleTraceProfiles(count: Int) async throws -> [TraceProfile] {
        try await read("the trace profiles could not be sampled") { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT trace_profile FROM patient ORDER BY \(SQLiteTraceIndex.sampleOrder) LIMIT ?",
                arguments: [count])
            var profiles: [TraceProfile] = []
            while let row = try rows.next() { profiles.append(try SQLiteTraceIndex.profile(row, column: 0)) }
            return profiles
        }
    }
}

/// The SQL and decoding behind ``SQLiteStore``'s trace index.
enum SQLiteTraceIndex {
    static let blockSQL = "SELECT entries FROM trace_block WHERE bucket = ?"
    static let profileSQL = "SELECT trace_profile FROM patient WHERE nhs_number = ?"

    /// A fixed pseudo-random order of NHS numbers (a multiplicative hash modulo a prime),
    /// the same in both stores, so a sample is reproducible.
    static let sampleOrder = "(nhs_number * 7919) % 1000003, nhs_number"

    static func profile(_ row: Row, column: Int) throws -> TraceProfile {
        try profile(decoding: row[column] as Data?)
    }

    /// Decodes a stored profile BLOB; `nil` (SQL NULL) or bytes that do not decode are a damaged store.
    static func profile<Bytes: Collection<UInt8>>(decoding bytes: Bytes?) throws -> TraceProfile {
        guard let bytes else {
            throw StoreError.corrupt("a patient has no trace profile; run the migrations again")
        }
        do {
            return try TraceProfile(decoding: bytes)
        } catch {
            throw StoreError.corrupt("a stored trace profile does not decode", underlying: error)
        }
    }

    /// Computes the profile and keys of every patient stored before the trace index
    /// existed (the `v2-trace` migration).
    static func backfill(_ db: Database) throws {
        let update = try SQLiteBulkStatement(db, sql: "UPDATE patient SET trace_profile = ? WHERE nhs_number = ?")
        // `blocking_key` is the index as it stood at this migration; `v6-trace-blocks` packs it later.
        let insertKey = try SQLiteBulkStatement(
            db, sql: "INSERT OR IGNORE INTO blocking_key (key, nhs_number) VALUES (?, ?)")
        let numbers = try Int64.fetchAll(db, sql: "SELECT nhs_number FROM patient WHERE trace_profile IS NULL")
        for number in numbers {
            guard let patient = try SQLitePatientReader.patient(number, in: db) else { continue }
            let trace = TraceRows(patient)
            update.bind(1, trace.profile)
            update.bind(2, number)
            try update.run()
            for key in trace.keys {
                insertKey.bind(1, key)
                insertKey.bind(2, number)
                try insertKey.run()
            }
        }
    }

    /// Moves `blocking_key`'s rows into `trace_block` and drops it (the `v6-trace-blocks`
    /// migration), in that migration's ``TraceBlock/Layout/wide`` layout.
    static func packBlockingKeys(_ db: Database) throws {
        let sorter = BlockingKeySorter()
        let rows = try Row.fetchCursor(db, sql: "SELECT key, nhs_number FROM blocking_key")
        while let row = try rows.next() {
            try sorter.append(key: row[0], nhsNumber: row[1])
        }
        try TraceBlockWriter(db, layout: .wide).file(sorter)
        try db.execute(sql: "DROP TABLE blocking_key")
    }

    /// Rewrites every block of `trace_block` from the ``TraceBlock/Layout/wide`` layout to
    /// ``TraceBlock/Layout/packed`` (the `v7-packed-trace-blocks` migration), into a new table
    /// whose check asks for whole packed entries, which then takes the old one's name.
    static func repackTraceBlocks(_ db: Database) throws {
        try db.execute(sql: SQLiteMigrations.packedTraceBlockSchema)
        let insert = try SQLiteBulkStatement(db, sql: "INSERT INTO trace_block_packed (bucket, entries) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT bucket, entries FROM trace_block ORDER BY bucket")
        var bytes: [UInt8] = []
        while let row = try rows.next() {
            let bucket: Int64 = row[0]
            let wide: Data = row[1]
            let block = try wide.withUnsafeBytes { try TraceBlock(decoding: $0, bucket: bucket, layout: .wide) }
            bytes.removeAll(keepingCapacity: true)
            block.encode(into: &bytes, layout: .packed)
            insert.bind(1, bucket)
            insert.bind(2, bytes)
            try insert.run()
        }
        try db.execute(sql: "DROP TABLE trace_block")
        try db.execute(sql: "ALTER TABLE trace_block_packed RENAME TO trace_block")
    }
}
