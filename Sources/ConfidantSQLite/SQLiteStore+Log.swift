import ConfidantStore
import Foundation
import GRDB
import TransparencyLog

extension SQLiteStore: LogStore {
    /// One write transaction a batch. SQLite has one writer at a time, so reading the
    /// size and the right edge inside the transaction is the lock ``LogStore`` asks for.
    public func commit(
        _ records: [RequestEventRecord], seal: @escaping @Sendable (UInt64, [Tile: [UInt8]]) throws -> SealedBatch
    ) async throws -> SealedBatch {
        try await write("the log could not be appended") { db in
            let size = UInt64(try Int64.fetchOne(db, sql: "SELECT max(size) FROM log_checkpoint") ?? 0)
            var existing: [Tile: [UInt8]] = [:]
            for tile in LogAppender(treeSize: size).requiredTiles {
                existing[tile] = try SQLiteLogTiles.stored(tile, in: db)?.bytes
            }
            let sealed = try seal(size, existing)
            let insertEvent = try SQLiteBulkStatement(
                db,
                sql: """
                    INSERT INTO request_event (request_id, seq, kind, recorded_at, body, salt, log_index)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for (offset, record) in records.enumerated() {
                insertEvent.bind(1, record.requestID)
                insertEvent.bind(2, Int64(record.sequence))
                insertEvent.bind(3, record.kind)
                insertEvent.bind(4, record.recordedAt)
                insertEvent.bind(5, record.body)
                insertEvent.bind(6, record.salt)
                insertEvent.bind(7, Int64(sealed.firstIndex) + Int64(offset))
                try insertEvent.run()
            }
            try SQLiteRequestProjections.write(RequestProjection.latest(in: records), in: db)
            let upsertTile = try SQLiteBulkStatement(
                db, sql: "INSERT OR REPLACE INTO log_tile (level, idx, data, nodes) VALUES (?, ?, ?, ?)")
            for tile in sealed.append.tiles {
                upsertTile.bind(1, Int64(tile.tile.level ?? -1))
                upsertTile.bind(2, Int64(tile.tile.index))
                upsertTile.bind(3, tile.bytes)
                upsertTile.bind(4, tile.nodes?.bytes)
                try upsertTile.run()
            }
            try db.execute(
                sql: "INSERT INTO log_checkpoint (size, note) VALUES (?, ?)",
                arguments: [Int64(sealed.append.newSize), sealed.checkpoint.formatted])
            return sealed
        }
    }

    /// Tiles and entry bundles alike, read as ``readHashTiles(_:)`` reads them (a bundle keeps no nodes).
    public func readTiles(_ tiles: [Tile]) async throws -> [[UInt8]] {
        try await readHashTiles(tiles).map(\.bytes)
    }

    public func readHashTiles(_ tiles: [Tile]) async throws -> [StoredHashTile] {
        let stored = try await readLog("the log's tiles could not be read") { db in
            try tiles.map { try SQLiteLogTiles.stored($0, in: db) }
        }
        return try zip(tiles, stored).map { tile, stored in
            guard let stored else { throw StoreError.notFound("the log has no tile \(tile.path)") }
            return stored
        }
    }

    public func tile(_ tile: Tile) async throws -> [UInt8]? {
        try await readLog("the log's tile could not be read") { db in try SQLiteLogTiles.stored(tile, in: db)?.bytes }
    }

    /// A read of the log's tiles: on the tile connection when the store has one, else through the pool.
    private func readLog<T: Sendable>(
        _ failure: String, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        guard let connection = self.tiles else {
            return try await read(failure, body)
        }
        do {
            return try connection.withReader(body)
        } catch {
            throw Self.translate(error, failure)
        }
    }

    public func latestCheckpoint() async throws -> String? {
        try await read("the log's checkpoint could not be read") { db in
            try String.fetchOne(db, sql: "SELECT note FROM log_checkpoint ORDER BY size DESC LIMIT 1")
        }
    }

    public func events(ofRequest requestID: String) async throws -> [RequestEventRecord] {
        try await read("the request's events could not be read") { db in
            try Row.fetchAll(
                db, sql: "SELECT \(SQLiteLogTiles.eventColumns) FROM request_event WHERE request_id = ? ORDER BY seq",
                arguments: [requestID]
            ).map(SQLiteLogTiles.event)
        }
    }

    public func event(atLogIndex index: UInt64) async throws -> RequestEventRecord? {
        try await read("the event could not be read") { db in
            try Row.fetchOne(
                db, sql: "SELECT \(SQLiteLogTiles.eventColumns) FROM request_event WHERE log_index = ?",
                arguments: [Int64(index)]
            ).map(SQLiteLogTiles.event)
        }
    }
}

/// Reading the log's tables.
enum SQLiteLogTiles {
    static let eventColumns = "request_id, seq, kind, recorded_at, body, salt, log_index"

    /// A tile or entry bundle as served: the stored (widest) version cut to the requested
    /// width, with the nodes kept beside a hash tile read at full width; `nil` if the log has
    /// no such tile (yet).
    static func stored(_ tile: Tile, in db: Database) throws -> StoredHashTile? {
        // Cached: it runs for every tile served and every proof, so it is parsed once a connection.
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT data, nodes FROM log_tile WHERE level = ? AND idx = ?"),
            arguments: [Int64(tile.level ?? -1), Int64(tile.index)])
        guard let row else { return nil }
        do {
            guard let bytes = try tile.served(from: [UInt8](row[0] as Data)) else { return nil }
            let nodes = tile.isPartial ? nil : try (row[1] as Data?).map { try TileNodes(bytes: [UInt8]($0)) }
            return StoredHashTile(bytes: bytes, nodes: nodes)
        } catch {
            throw StoreError.corrupt("the log's stored tile \(tile.path) is malformed", underlying: error)
        }
    }

    /// Computes the nodes of every full hash tile stored without them (a log written
    /// before the `nodes` column existed).
    static func backfillNodes(_ db: Database) throws {
        let update = try SQLiteBulkStatement(db, sql: "UPDATE log_tile SET nodes = ? WHERE level = ? AND idx = ?")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT level, idx, data FROM log_tile WHERE level >= 0 AND nodes IS NULL AND length(data) = ?",
            arguments: [Tile.fullWidth * LogHash.byteCount])
        var pending: [(level: Int64, index: Int64, nodes: [UInt8])] = []
        while let row = try rows.next() {
            pending.append((row[0], row[1], try TileNodes(tileBytes: [UInt8](row[2] as Data)).bytes))
        }
        for tile in pending {
            update.bind(1, tile.nodes)
            update.bind(2, tile.level)
            update.bind(3, tile.index)
            try update.run()
        }
    }

    static func event(_ row: Row) -> RequestEventRecord {
        RequestEventRecord(
            requestID: row[0], sequence: row[1], kind: row[2], recordedAt: row[3], body: [UInt8](row[4] as Data),
            salt: [UInt8](row[5] as Data), logIndex: UInt64(row[6] as Int64))
    }
}
