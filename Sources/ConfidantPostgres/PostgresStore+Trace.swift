import ConfidantCore
import ConfidantStore
import ConfidantTrace
import PostgresNIO

extension PostgresStore {
    /// One query for all keys: each key's first `limitPerKey` index entries by NHS number (a
    /// lateral range scan of `blocking_key`'s primary key), joined to the patients' profiles.
    ///
    /// Each key's profiles come back in NHS-number order whatever plan the server picks for
    /// the join (a batch's thousands of keys may get a hash join), as SQLite's index gives
    /// them: a key answers the same in a batch as alone, so batch and single traces agree.
    public func profiles(forBlockingKeys keys: [Int64], limitPerKey: Int) async throws -> [Int64: [TraceProfile]] {
        guard !keys.isEmpty else { return [:] }
        return try await withConnection("the trace index could not be read") { connection in
            let rows = try await connection.query(
                """
                SELECT q.key, b.nhs_number, p.trace_profile
                FROM UNNEST(\(Array(Set(keys)))::bigint[]) AS q(key)
                CROSS JOIN LATERAL (
                    SELECT nhs_number FROM blocking_key WHERE key = q.key ORDER BY nhs_number LIMIT \(limitPerKey)
                ) AS b
                JOIN patient AS p ON p.nhs_number = b.nhs_number
                """,
                logger: logger)
            var decoded: [Int64: TraceProfile] = [:]
            var found: [Int64: [TraceProfile]] = [:]
            for try await row in rows {
                var cells = PostgresCells(row)
                let key: Int64 = try cells.next()
                let nhsNumber: Int64 = try cells.next()
                if let known = decoded[nhsNumber] {
                    found[key, default: []].append(known)
                    continue
                }
                let profile = try PostgresTraceIndex.profile(try cells.next(ByteBuffer?.self))
                decoded[nhsNumber] = profile
                found[key, default: []].append(profile)
            }
            for (key, profiles) in found
            where !zip(profiles, profiles.dropFirst()).allSatisfy({ $0.nhsNumber < $1.nhsNumber }) {
                found[key] = profiles.sorted { $0.nhsNumber < $1.nhsNumber }
            }
            return found
        }
    }

    public func sampleTraceProfiles(count: Int) async throws -> [TraceProfile] {
        try await withConnection("the trace profiles could not be sampled") { connection in
            let rows = try await connection.query(
                "SELECT trace_profile FROM patient ORDER BY (nhs_number * 7919) % 1000003, nhs_number LIMIT \(count)",
                logger: logger)
            var profiles: [TraceProfile] = []
            for try await bytes in rows.decode(ByteBuffer?.self) {
                profiles.append(try PostgresTraceIndex.profile(bytes))
            }
            return profiles
        }
    }
}
