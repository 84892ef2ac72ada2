import ConfidantStore
import PostgresNIO
import TransparencyLog

extension PostgresStore: LogStore {
    /// One transaction a batch, under a transaction-scoped advisory lock: several
    /// `confidant serve` processes on one database still make one log, without gaps or
    /// forks, because each reads the size and right edge only once it holds the lock.
    public func commit(
        _ records: [RequestEventRecord], seal: @escaping @Sendable (UInt64, [Tile: [UInt8]]) throws -> SealedBatch
    ) async throws -> SealedBatch {
        try await transaction("the log could not be appended") { connection in
            // Keyed by schema like the migrations' lock, so separate logs (tests) do not wait for each other.
            try await connection.query(
                "SELECT pg_advisory_xact_lock(hashtext('confidant.log'), hashtext(\(schema ?? "")))", logger: logger)
            var size: UInt64 = 0
            for try await stored in try await connection.query(
                "SELECT coalesce(max(size), 0) FROM log_checkpoint", logger: logger
            ).decode(Int64.self) {
                size = UInt64(stored)
            }
            var existing: [Tile: [UInt8]] = [:]
            for tile in LogAppender(treeSize: size).requiredTiles {
                existing[tile] = try await PostgresLogTiles.stored(tile, on: connection, logger: logger)?.bytes
            }
            let sealed = try seal(size, existing)
            let first = Int64(sealed.firstIndex)
            try await connection.query(
                """
                INSERT INTO request_event (request_id, seq, kind, recorded_at, body, salt, log_index)
                SELECT r, s, k, t, decode(b, 'hex'), decode(x, 'hex'), \(first) + o - 1
                FROM UNNEST(\(records.map(\.requestID))::text[], \(records.map { Int64($0.sequence) })::bigint[],
                    \(records.map(\.kind))::text[], \(records.map(\.recordedAt))::text[],
                    \(records.map { PostgresBytea.hex($0.body) })::text[],
                    \(records.map { PostgresBytea.hex($0.salt) })::text[]) WITH ORDINALITY AS e(r, s, k, t, b, x, o)
                """,
                logger: logger)
            try await PostgresRequestProjections.write(
                RequestProjection.latest(in: records), on: connection, logger: logger)
            let tiles = sealed.append.tiles
            try await connection.query(
                """
                INSERT INTO log_tile (level, idx, data, nodes)
                SELECT l, i, decode(d, 'hex'), decode(NULLIF(n, ''), 'hex')
                FROM UNNEST(\(tiles.map { Int64($0.tile.level ?? -1) })::bigint[],
                    \(tiles.map { Int64($0.tile.index) })::bigint[], \(tiles.map { PostgresBytea.hex($0.bytes) })::text[],
                    \(tiles.map { $0.nodes.map { PostgresBytea.hex($0.bytes) } ?? "" })::text[]) AS t(l, i, d, n)
                ON CONFLICT (level, idx) DO UPDATE SET data = excluded.data, nodes = excluded.nodes
                """,
                logger: logger)
            try await connection.query(
                "INSERT INTO log_checkpoint (size, note) VALUES (\(Int64(sealed.append.newSize)), \(sealed.checkpoint.formatted))",
                logger: logger)
            return sealed
        }
    }

    /// Tiles and entry bundles alike, read as ``readHashTiles(_:)`` reads them (a bundle keeps no nodes).
    public func readTiles(_ tiles: [Tile]) async throws -> [[UInt8]] {
        try await readHashTiles(tiles).map(\.bytes)
    }

    public func readHashTiles(_ tiles: [Tile]) async throws -> [StoredHashTile] {
        try await withConnection("the log's tiles could not be read") { connection in
            var contents: [StoredHashTile] = []
            for tile in tiles {
                guard let stored = try await PostgresLogTiles.stored(tile, on: connection, logger: logger) else {
                    throw StoreError.notFound("the log has no such tile")
                }
                contents.append(stored)
            }
            return contents
        }
    }

    public func tile(_ tile: Tile) async throws -> [UInt8]? {
        try await withConnection("the log's tile could not be read") { connection in
            try await PostgresLogTiles.stored(tile, on: connection, logger: logger)?.bytes
        }
    }

    public func latestCheckpoint() async throws -> String? {
        try await withConnection("the log's checkpoint could not be read") { connection in
            let rows = try await connection.query(
                "SELECT note FROM log_checkpoint ORDER BY size DESC LIMIT 1", logger: logger)
            for try await note in rows.decode(String.self) { return note }
            return nil
        }
    }

    public func events(ofRequest requestID: String) async throws -> [RequestEventRecord] {
        try await withConnection("the request's events could not be read") { connection in
            try await PostgresLogTiles.events(
                "SELECT \(unescaped: PostgresLogTiles.eventColumns) FROM request_event WHERE request_id = \(requestID) ORDER BY seq",
                on: connection, logger: logger)
        }
    }

    public func event(atLogIndex index: UInt64) async throws -> RequestEventRecord? {
        try await withConnection("the event could not be read") { connection in
            try await PostgresLogTiles.events(
                "SELECT \(unescaped: PostgresLogTiles.eventColumns) FROM request_event WHERE log_index = \(Int64(index))",
                on: connection, logger: logger
            ).first
        }
    }
}

/// Reading the log's tables.
enum PostgresLogTiles {
    static let eventColumns = "request_id, seq, kind, recorded_at, body, salt, log_index"

    /// A tile or entry bundle as served: the stored (widest) version cut to the requested
    /// width, with the nodes kept beside a hash tile read at full width; `nil` if the log has
    /// no such tile (yet).
    static func stored(_ tile: Tile, on connection: PostgresConnection, logger: Logger) async throws
        -> StoredHashTile?
    {
        let rows = try await connection.query(
            "SELECT data, nodes FROM log_tile WHERE level = \(Int64(tile.level ?? -1)) AND idx = \(Int64(tile.index))",
            logger: logger)
        for try await (data, nodes) in rows.decode((ByteBuffer, ByteBuffer?).self) {
            do {
                guard let bytes = try tile.served(from: Array(data.readableBytesView)) else { return nil }
                let kept = tile.isPartial ? nil : try nodes.map { try TileNodes(bytes: Array($0.readableBytesView)) }
                return StoredHashTile(bytes: bytes, nodes: kept)
            } catch {
                throw StoreError.corrupt("the log's stored tile \(tile.path) is malformed", underlying: error)
            }
        }
        return nil
    }

    /// Computes the nodes of every full hash tile stored without them (a log written
    /// before the `nodes` column existed), a thousand tiles a statement.
    @Sendable static func backfillNodes(_ connection: PostgresConnection, _ logger: Logger) async throws {
        var pending: [(level: Int64, index: Int64, nodes: String)] = []
        let rows = try await connection.query(
            """
            SELECT level::bigint, idx, data FROM log_tile
            WHERE level >= 0 AND nodes IS NULL AND length(data) = \(Tile.fullWidth * LogHash.byteCount)
            """,
            logger: logger)
        for try await (level, index, data) in rows.decode((Int64, Int64, ByteBuffer).self) {
            let nodes = try TileNodes(tileBytes: Array(data.readableBytesView))
            pending.append((level, index, PostgresBytea.hex(nodes.bytes)))
        }
        for start in stride(from: 0, to: pending.count, by: 1000) {
            let chunk = pending[start..<min(start + 1000, pending.count)]
            try await connection.query(
                """
                UPDATE log_tile SET nodes = decode(u.n, 'hex')
                FROM UNNEST(\(chunk.map(\.level))::bigint[], \(chunk.map(\.index))::bigint[],
                    \(chunk.map(\.nodes))::text[]) AS u(l, i, n)
                WHERE log_tile.level = u.l AND log_tile.idx = u.i
                """,
                logger: logger)
        }
    }

    static func events(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger) async throws
        -> [RequestEventRecord]
    {
        var events: [RequestEventRecord] = []
        for try await row in try await connection.query(query, logger: logger) {
            var cells = PostgresCells(row)
            events.append(
                RequestEventRecord(
                    requestID: try cells.next(), sequence: Int(try cells.next(Int32.self)), kind: try cells.next(),
                    recordedAt: try cells.next(), body: Array(try cells.next(ByteBuffer.self).readableBytesView),
                    salt: Array(try cells.next(ByteBuffer.self).readableBytesView),
                    logIndex: UInt64(try cells.next(Int64.self))))
        }
        return events
    }
}
