import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Logging
import PostgresNIO

/// Keeping the trace index (profiles and `blocking_key`) in step with the patients.
enum PostgresTraceIndex {
    static func profile(_ bytes: ByteBuffer?) throws -> TraceProfile {
        guard let bytes else {
            throw StoreError.corrupt("a patient has no trace profile; run the migrations again")
        }
        do {
            return try TraceProfile(decoding: bytes.readableBytesView)
        } catch {
            throw StoreError.corrupt("a stored trace profile does not decode", underlying: error)
        }
    }

    /// Sets the profiles of stored patients and files their keys (`rows` must carry ``ConfidantStore/TraceRows``).
    static func write(_ rows: [PatientRows], on connection: PostgresConnection, logger: Logger) async throws {
        guard !rows.isEmpty else { return }
        let traces = try rows.map { try $0.trace ?? TraceRows($0.patient()) }
        let ids = rows.map(\.main.nhsNumber)
        try await connection.query(
            """
            UPDATE patient AS p SET trace_profile = decode(u.profile, 'hex')
            FROM UNNEST(\(ids)::bigint[], \(traces.map { PostgresBytea.hex($0.profile) })::text[]) AS u(nhs_number, profile)
            WHERE p.nhs_number = u.nhs_number
            """,
            logger: logger)
        try await insertKeys(ids: ids, traces: traces, on: connection, logger: logger)
    }

    /// Files each patient's blocking keys (new patients' profiles go in with their `COPY`).
    static func insertKeys(ids: [Int64], traces: [TraceRows], on connection: PostgresConnection, logger: Logger)
        async throws
    {
        var keyIDs: [Int64] = []
        var keys: [Int64] = []
        for (id, trace) in zip(ids, traces) {
            for key in trace.keys {
                keyIDs.append(id)
                keys.append(key)
            }
        }
        guard !keys.isEmpty else { return }
        try await connection.query(
            """
            INSERT INTO blocking_key (key, nhs_number)
            SELECT * FROM UNNEST(\(keys)::bigint[], \(keyIDs)::bigint[]) ON CONFLICT DO NOTHING
            """,
            logger: logger)
    }

    /// Removes stored patients' keys, ahead of filing their merged records' keys.
    static func deleteKeys(_ rows: [PatientRows], on connection: PostgresConnection, logger: Logger) async throws {
        var keyIDs: [Int64] = []
        var keys: [Int64] = []
        for row in rows {
            for key in try row.trace?.keys ?? TraceRows(row.patient()).keys {
                keyIDs.append(row.main.nhsNumber)
                keys.append(key)
            }
        }
        guard !keys.isEmpty else { return }
        try await connection.query(
            """
            DELETE FROM blocking_key AS b USING UNNEST(\(keys)::bigint[], \(keyIDs)::bigint[]) AS d(key, nhs_number)
            WHERE b.key = d.key AND b.nhs_number = d.nhs_number
            """,
            logger: logger)
    }

    /// Computes the profile and keys of every patient stored before the trace index
    /// existed (the `v2-trace` migration), a thousand patients a round.
    @Sendable static func backfill(_ connection: PostgresConnection, _ logger: Logger) async throws {
        var last: Int64 = -1
        while true {
            let page = try await PostgresPatientReader.page(after: last, limit: 1000, on: connection, logger: logger)
            guard let end = page.last?.main.nhsNumber else { return }
            let rows = try page.map { PatientRows(try $0.patient()) }
            try await write(rows, on: connection, logger: logger)
            last = end
        }
    }
}
