import ConfidantCore
import ConfidantStore
import GRDB

extension SQLiteStore {
    /// Streams the registry in NHS number order. Each child table is read by one
    /// cursor in the same order and merged with the patient cursor, so the export
    /// runs in constant memory whatever the registry's size.
    public func exportPatients(batchSize: Int, _ body: @escaping @Sendable ([Patient]) throws -> Void) async throws {
        try await read("the registry could not be exported") { db in
            let patients = try Row.fetchCursor(
                db, sql: "SELECT \(SQLitePatientReader.mainColumns) FROM patient ORDER BY nhs_number")
            var names = try ChildCursor(
                db, "SELECT \(SQLitePatientReader.nameColumns) FROM patient_name ORDER BY nhs_number, seq",
                SQLitePatientReader.name)
            var addresses = try ChildCursor(
                db, "SELECT \(SQLitePatientReader.addressColumns) FROM patient_address ORDER BY nhs_number, seq",
                SQLitePatientReader.address)
            var objections = try ChildCursor(
                db, "SELECT \(SQLitePatientReader.objectionColumns) FROM patient_objection ORDER BY nhs_number, kind",
                SQLitePatientReader.objection)
            var usage = try ChildCursor(
                db, "SELECT \(SQLitePatientReader.usageColumns) FROM service_usage ORDER BY nhs_number, seq",
                SQLitePatientReader.usage)
            var batch: [Patient] = []
            batch.reserveCapacity(batchSize)
            while let row = try patients.next() {
                let main = SQLitePatientReader.main(row)
                let id = main.nhsNumber
                batch.append(
                    try PatientRows(
                        main: main, names: try names.take(id), addresses: try addresses.take(id),
                        objections: try objections.take(id), usage: try usage.take(id)
                    ).patient())
                if batch.count == batchSize {
                    try body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try body(batch) }
        }
    }
}

/// A cursor over a child table ordered by NHS number, yielding one patient's rows at a time.
private struct ChildCursor<Value> {
    private let cursor: RowCursor
    private let decode: (Row) -> Value
    private var pending: (Int64, Value)?

    init(_ db: Database, _ sql: String, _ decode: @escaping (Row) -> Value) throws {
        cursor = try Row.fetchCursor(db, sql: sql)
        self.decode = decode
    }

    /// The rows for `id`; rows for lower ids (orphans, which foreign keys forbid) are skipped.
    mutating func take(_ id: Int64) throws -> [Value] {
        var values: [Value] = []
        while true {
            if pending == nil {
                guard let row = try cursor.next() else { return values }
                pending = (row[0], decode(row))
            }
            guard let (rowID, value) = pending else { return values }
            if rowID > id { return values }
            pending = nil
            if rowID == id { values.append(value) }
        }
    }
}
