import CSQLiteSetup
import ConfidantCore
import ConfidantStore
import GRDB

/// The embedded registry store: one SQLite file through GRDB, in WAL mode.
///
/// Wraps `any DatabaseWriter`, so the app opens a `DatabasePool` on a file and
/// tests can pass an in-memory `DatabaseQueue`. Every call is async and runs on
/// GRDB's own queues, never on the caller's thread, except the log's tile reads, which
/// take a dedicated connection on the caller's thread (see `SQLiteTileConnection`).
public struct SQLiteStore: RegistryStore {
    let writer: any DatabaseWriter
    /// The log's tile reads on a file database; `nil` in memory, where there is one connection.
    let tiles: SQLiteTileConnection?
    /// Set only during a bulk load (``bulkLoad(into:_:)``): what an import does between batches.
    let scratchFlush: ScratchFlush?

    /// Opens (creating if needed) the database file at `path`, in WAL mode with
    /// `synchronous = FULL`, so a crash never loses a committed transaction.
    ///
    /// - Throws: ``ConfidantStore/StoreError`` (`unavailable`) if the file cannot be opened.
    public init(path: String) throws {
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration())
            tiles = try SQLiteTileConnection(path: path)
            scratchFlush = nil
        } catch {
            throw Self.translate(error, "the SQLite database could not be opened")
        }
    }

    /// An in-memory database, for tests.
    public static func inMemory() throws -> SQLiteStore {
        do {
            return SQLiteStore(writer: try DatabaseQueue(configuration: configuration()))
        } catch {
            throw translate(error, "an in-memory SQLite database could not be created")
        }
    }

    init(writer: any DatabaseWriter, scratchFlush: ScratchFlush? = nil) {
        self.writer = writer
        self.tiles = nil
        self.scratchFlush = scratchFlush
    }

    static func configuration() -> Configuration {
        _ = processSettings
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Read pages in place from the OS page cache instead of copying each one through
            // a read() call into SQLite's small per-connection cache: a trace touches
            // hundreds of random pages, and the copies were its largest single cost.
            // SQLite clamps the size to its compile-time maximum.
            try db.execute(sql: "PRAGMA mmap_size = \(mmapSize)")
        }
        return configuration
    }

    /// SQLite's process-wide settings, applied once before the first connection any store
    /// opens: multi-thread mode and no memory statistics (`CSQLiteSetup`). If something
    /// else opened a connection first, SQLite keeps its defaults, which are only slower.
    private static let processSettings: Void = {
        _ = confidant_sqlite_configure()
    }()

    /// How much of the file each connection maps into memory (4 GiB: a 10,000,000-patient registry).
    static let mmapSize: Int64 = 4 << 30

    public func migrate() async throws {
        do {
            // GRDB's migrator is synchronous; it runs once at start-up, before any request is served.
            try SQLiteMigrations.migrator.migrate(writer)
        } catch {
            throw StoreError.migrationFailed("the SQLite schema could not be migrated", underlying: error)
        }
    }

    public func ping() async throws {
        _ = try await read("the SQLite database does not answer") { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func patient(_ nhsNumber: NHSNumber) async throws -> Patient? {
        try await read("the patient could not be read") { db in
            try SQLitePatientReader.patient(Int64(nhsNumber.value), in: db)
        }
    }

    public func patientCount() async throws -> Int {
        try await read("the patients could not be counted") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM patient") ?? 0
        }
    }

    public func addClinicalEntries(_ entries: [ClinicalEntry]) async throws {
        try await write("the clinical entries could not be stored") { db in
            let statement = try SQLiteBulkStatement(
                db, sql: "INSERT INTO clinical_entry (nhs_number, recorded_on, code, text) VALUES (?, ?, ?, ?)")
            for entry in entries {
                statement.bind(1, Int64(entry.nhsNumber.value))
                statement.bind(2, entry.recordedOn.description)
                statement.bind(3, entry.code)
                statement.bind(4, entry.text)
                try statement.run()
            }
        }
    }

    public func clinicalEntries(for nhsNumber: NHSNumber) async throws -> [ClinicalEntry] {
        try await read("the clinical entries could not be read") { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT recorded_on, code, text FROM clinical_entry WHERE nhs_number = ? ORDER BY recorded_on, id",
                arguments: [Int64(nhsNumber.value)]
            )
            return try rows.map { row in
                guard let date = try? CalendarDate(iso: row[0] as String) else {
                    throw StoreError.corrupt("a stored clinical entry has an invalid date")
                }
                return ClinicalEntry(nhsNumber: nhsNumber, recordedOn: date, code: row[1], text: row[2])
            }
        }
    }

    func read<T: Sendable>(_ failure: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(body)
        } catch {
            throw Self.translate(error, failure)
        }
    }

    func write<T: Sendable>(_ failure: String, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.write(body)
        } catch {
            throw Self.translate(error, failure)
        }
    }

    /// Maps GRDB's errors to ``StoreError`` codes; store and source errors pass through.
    static func translate(_ error: any Error, _ message: String) -> any Error {
        switch error {
        case let error as StoreError: return error
        case let failure as SourceFailure: return failure.error
        case let error as DatabaseError:
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CANTOPEN, .SQLITE_FULL, .SQLITE_IOERR:
                return StoreError.unavailable(message, underlying: error)
            case .SQLITE_CONSTRAINT:
                return StoreError.conflict(message, underlying: error)
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return StoreError.corrupt(message, underlying: error)
            default:
                return StoreError.unavailable(message, underlying: error)
            }
        default:
            return StoreError.unavailable(message, underlying: error)
        }
    }
}

/// Marks an error thrown by an import source so it reaches the caller unchanged.
struct SourceFailure: Error {
    let error: any Error
}
