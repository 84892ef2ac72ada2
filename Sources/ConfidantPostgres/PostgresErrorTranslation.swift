import ConfidantStore
import PostgresNIO

/// Maps postgres-nio's errors to ``ConfidantStore/StoreError`` codes, so no driver
/// type crosses the store protocol.
///
/// The driver error is not kept as it is: a `PSQLError`'s debug description carries
/// the query and the server's detail and context fields, which quote the values of
/// the rows involved (patient data). ``PostgresFailure`` keeps only what names the
/// problem: the SQLSTATE and the schema objects.
enum PostgresErrorTranslation {
    static func translate(_ error: any Error, _ message: String) -> any Error {
        switch error {
        case let error as StoreError:
            return error
        case let failure as SourceFailure:
            return failure.error
        case let error as PostgresTransactionError:
            // The closure's error is the cause; BEGIN/COMMIT failures are the database's.
            if let cause = error.closureError ?? error.beginError ?? error.commitError {
                return translate(cause, message)
            }
            return StoreError.unavailable(message)
        case let error as PSQLError:
            return translate(error, message)
        case let error as PostgresDecodingError:
            return StoreError.corrupt(
                message, underlying: PostgresFailure(kind: "decoding \(error.code) in column \(error.columnName)"))
        case is CancellationError:
            return StoreError.unavailable(message, underlying: PostgresFailure(kind: "cancelled"))
        default:
            // Connection pool and channel errors: the database could not be reached.
            return StoreError.unavailable(
                message, underlying: PostgresFailure(kind: String(describing: type(of: error))))
        }
    }

    private static func translate(_ error: PSQLError, _ message: String) -> StoreError {
        guard error.code == .server, let info = error.serverInfo, let state = info[.sqlState] else {
            return .unavailable(message, underlying: PostgresFailure(kind: "client \(error.code)"))
        }
        let failure = PostgresFailure(
            kind: "server",
            sqlState: state,
            schema: info[.schemaName],
            table: info[.tableName],
            column: info[.columnName],
            constraint: info[.constraintName]
        )
        switch state {
        case "XX001", "XX002":  // data_corrupted, index_corrupted
            return .corrupt(message, underlying: failure)
        case _ where state.hasPrefix("22"):  // data exception: a value PostgreSQL cannot hold (a NUL byte)
            return .invalidInput(SafeMessage("\(message): PostgreSQL rejected a value (SQLSTATE \(state))"))
        case _ where state.hasPrefix("23"):  // integrity constraint violation: unique, foreign key, check
            return .conflict(message, underlying: failure)
        case "40001", "40P01":  // serialization failure, deadlock: retrying may succeed
            return .conflict(message, underlying: failure)
        default:
            // Connection (08), resources (53), operator intervention (57), authorisation (28),
            // missing database (3D) and the rest: the store cannot serve the request now.
            return .unavailable(message, underlying: failure)
        }
    }
}

/// What went wrong in the driver, without the query, bound values or server detail.
struct PostgresFailure: Error, CustomStringConvertible {
    var kind: String
    var sqlState: String?
    var schema: String?
    var table: String?
    var column: String?
    var constraint: String?

    var description: String {
        var parts = ["PostgreSQL \(kind)"]
        if let sqlState { parts.append("SQLSTATE \(sqlState)") }
        if let schema { parts.append("schema \(schema)") }
        if let table { parts.append("table \(table)") }
        if let column { parts.append("column \(column)") }
        if let constraint { parts.append("constraint \(constraint)") }
        return parts.joined(separator: ", ")
    }
}

/// Marks an error thrown by an import source so it reaches the caller unchanged.
struct SourceFailure: Error {
    let error: any Error
}

/// An error whose message is safe to show; it becomes ``ConfidantStore/StoreError/message``
/// through ``ConfidantStore/StoreError/invalidInput(_:file:line:)``.
struct SafeMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
