import ConfidantCore
import ConfidantStore
import PostgresNIO

extension PostgresStore {
    /// Adds the entries in one statement; their order is kept, so entries of the same
    /// day come back in the order they were added.
    public func addClinicalEntries(_ entries: [ClinicalEntry]) async throws {
        guard !entries.isEmpty else { return }
        let ids = entries.map { Int64($0.nhsNumber.value) }
        let dates = entries.map(\.recordedOn.description)
        let codes = entries.map(\.code)
        let texts = entries.map(\.text)
        try await withConnection("the clinical entries could not be stored") { connection in
            try await connection.query(
                """
                INSERT INTO clinical_entry (nhs_number, recorded_on, code, text)
                SELECT nhs_number, recorded_on, code, text
                FROM UNNEST(\(ids)::bigint[], \(dates)::text[], \(codes)::text[], \(texts)::text[])
                    WITH ORDINALITY AS e(nhs_number, recorded_on, code, text, position)
                ORDER BY position
                """,
                logger: logger)
        }
    }

    public func clinicalEntries(for nhsNumber: NHSNumber) async throws -> [ClinicalEntry] {
        let rows = try await withConnection("the clinical entries could not be read") { connection in
            var rows: [(String, String, String)] = []
            let result = try await connection.query(
                """
                SELECT recorded_on, code, text FROM clinical_entry
                WHERE nhs_number = \(Int64(nhsNumber.value)) ORDER BY recorded_on, id
                """,
                logger: logger)
            for try await row in result.decode((String, String, String).self) { rows.append(row) }
            return rows
        }
        return try rows.map { date, code, text in
            guard let date = try? CalendarDate(iso: date) else {
                throw StoreError.corrupt("a stored clinical entry has an invalid date")
            }
            return ClinicalEntry(nhsNumber: nhsNumber, recordedOn: date, code: code, text: text)
        }
    }
}
