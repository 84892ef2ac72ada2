import ConfidantCore
import ConfidantStore
import Foundation
import GRDB

/// Reads and writes the `disclosure_request` rows, the projection of request events.
enum SQLiteRequestProjections {
    static let columns = """
        id, agency_id, agreement_id, officer_id, status, received_on, updated_at, event_count, \
        matched_nhs_number, embargoed, document
        """

    /// Writes each projection over its request's row, inside the caller's transaction.
    static func write(_ projections: [RequestProjection], in db: Database) throws {
        guard !projections.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO disclosure_request (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
                    event_count = excluded.event_count, matched_nhs_number = excluded.matched_nhs_number,
                    embargoed = excluded.embargoed
                """)
        for projection in projections {
            try statement.execute(arguments: [
                projection.id.value, projection.agency.value, projection.agreement.value, projection.officer.value,
                projection.status.rawValue, projection.receivedOn.description, projection.updatedAt,
                projection.eventCount, projection.matchedNHSNumber.map { Int64($0.value) }, projection.isEmbargoed,
                Data(projection.document),
            ])
        }
    }

    static func projection(_ row: Row) throws -> RequestProjection {
        try RequestProjection(
            columns: row[0], agency: row[1], agreement: row[2], officer: row[3], status: row[4], receivedOn: row[5],
            updatedAt: row[6], eventCount: row[7], matchedNHSNumber: row[8], isEmbargoed: row[9],
            document: Array(row[10] as Data))
    }
}
