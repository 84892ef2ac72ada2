import ConfidantCore
import ConfidantStore
import ConfidantSynthetic
import ConfidantTesting
import ConfidantTrace
import Foundation
import GRDB
import Testing

@testable import ConfidantSQLite

/// `v6-trace-blocks` and `v7-packed-trace-blocks`: a database whose index is still a row a
/// key and patient is packed into `trace_block`, 16 bytes an entry, then repacked 10 bytes an
/// entry, and finds the same patients afterwards.
@Suite struct SQLiteTraceBlockMigrationTests {
    @Test func theOldIndexIsPackedIntoBlocks() async throws {
        let queue = try DatabaseQueue(configuration: SQLiteStore.configuration())
        try SQLiteMigrations.migrator.migrate(queue, upTo: "v5-log-tile-nodes")
        let patients = Fixtures.registry.patients(in: 0..<120)
        try await queue.write { db in
            for patient in patients {
                let rows = PatientRows(patient)
                let trace = try #require(rows.trace)
                try db.execute(
                    sql: """
                        INSERT INTO patient (nhs_number, birth_date, gender, security_label, trace_profile)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        rows.main.nhsNumber, rows.main.birthDate, rows.main.gender, rows.main.securityLabel,
                        Data(trace.profile),
                    ])
                for key in trace.keys {
                    try db.execute(
                        sql: "INSERT INTO blocking_key (key, nhs_number) VALUES (?, ?)",
                        arguments: [key, rows.main.nhsNumber])
                }
            }
        }
        try SQLiteMigrations.migrator.migrate(queue)

        #expect(try await queue.read { db in try !db.tableExists("blocking_key") })
        #expect(try await queue.read { db in try !db.tableExists("trace_block_packed") })
        let filed = try await queue.read { db in
            try Int.fetchOne(db, sql: "SELECT SUM(length(entries)) / 10 FROM trace_block") ?? 0
        }
        #expect(filed == patients.map { TraceRows($0).keys.count }.reduce(0, +))
        // The table's check now asks for whole 10-byte entries.
        await #expect(throws: DatabaseError.self) {
            try await queue.write { db in
                try db.execute(sql: "INSERT INTO trace_block (bucket, entries) VALUES (1 << 20, zeroblob(16))")
            }
        }
        let store = SQLiteStore(writer: queue)
        for patient in patients {
            let keys = TraceRows(patient).keys
            let found = try await store.profiles(forBlockingKeys: keys, limitPerKey: 100)
            for key in keys {
                #expect(found[key]?.contains { $0.nhsNumber == patient.nhsNumber } == true)
            }
        }
    }
}
