import ConfidantCore
import ConfidantStore
import Logging
import NIOCore
import PostgresNIO

/// Reads and writes the `disclosure_request` rows, the projection of request events.
enum PostgresRequestProjections {
    static let columns = """
        id, agency_id, agreement_id, officer_id, status, received_on, updated_at, event_count, \
        matched_nhs_number, embargoed, document
        """

    /// Writes each projection over its request's row, inside the caller's transaction.
    static func write(_ projections: [RequestProjection], on connection: PostgresConnection, logger: Logger)
        async throws
    {
        for projection in projections {
            try await connection.query(
                """
                INSERT INTO disclosure_request (\(unescaped: columns))
                VALUES (\(projection.id.value), \(projection.agency.value), \(projection.agreement.value),
                    \(projection.officer.value), \(projection.status.rawValue), \(projection.receivedOn.description),
                    \(projection.updatedAt), \(Int32(projection.eventCount)),
                    \(projection.matchedNHSNumber.map { Int64($0.value) }), \(projection.isEmbargoed),
                    \(ByteBuffer(bytes: projection.document)))
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
                    event_count = excluded.event_count, matched_nhs_number = excluded.matched_nhs_number,
                    embargoed = excluded.embargoed
                """,
                logger: logger)
        }
    }

    static func projections(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger) async throws
        -> [RequestProjection]
    {
        var projections: [RequestProjection] = []
        for try await row in try await connection.query(query, logger: logger) {
            var cells = PostgresCells(row)
            projections.append(
                try RequestProjection(
                    columns: try cells.next(), agency: try cells.next(), agreement: try cells.next(),
                    officer: try cells.next(), status: try cells.next(), receivedOn: try cells.next(),
                    updatedAt: try cells.next(), eventCount: Int(try cells.next(Int32.self)),
                    matchedNHSNumber: try cells.next(Int64?.self), isEmbargoed: try cells.next(),
                    document: Array(try cells.next(ByteBuffer.self).readableBytesView)))
        }
        return projections
    }
}
