/// The one error type that crosses the store protocols.
///
/// Adapters translate their driver's errors (GRDB's `DatabaseError`, postgres-nio's
/// `PSQLError`) into these codes, so callers never see a driver type. ``description``
/// is safe for users and logs: it never carries SQL, bound arguments or patient data.
/// The driver error is kept in ``underlying`` for ``debugDescription`` only.
public struct StoreError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, as a closed set callers can switch on; new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case notFound, conflict, unavailable, corrupt, migrationFailed, invalidInput
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The record asked for does not exist.
        public static let notFound = Code(.notFound)
        /// The write clashes with what is stored (a duplicate key, a lost race).
        public static let conflict = Code(.conflict)
        /// The database cannot be reached or is busy; the operation may succeed if retried.
        public static let unavailable = Code(.unavailable)
        /// Stored data does not decode into a valid domain value.
        public static let corrupt = Code(.corrupt)
        /// The schema could not be brought up to date.
        public static let migrationFailed = Code(.migrationFailed)
        /// The caller's input was rejected (the import source reported a problem).
        public static let invalidInput = Code(.invalidInput)

        public var description: String {
            switch base {
            case .notFound: "not-found"
            case .conflict: "conflict"
            case .unavailable: "unavailable"
            case .corrupt: "corrupt"
            case .migrationFailed: "migration-failed"
            case .invalidInput: "invalid-input"
            }
        }
    }

    public let code: Code
    /// A message safe to show to users.
    public let message: String
    /// The driver or source error behind this one; shown only by ``debugDescription``.
    public let underlying: (any Error)?
    public let file: String
    public let line: Int

    private init(code: Code, message: String, underlying: (any Error)?, file: String, line: Int) {
        self.code = code
        self.message = message
        self.underlying = underlying
        self.file = file
        self.line = line
    }

    public static func notFound(_ message: String, file: String = #fileID, line: Int = #line) -> StoreError {
        StoreError(code: .notFound, message: message, underlying: nil, file: file, line: line)
    }

    public static func conflict(
        _ message: String, underlying: (any Error)? = nil, file: String = #fileID, line: Int = #line
    ) -> StoreError {
        StoreError(code: .conflict, message: message, underlying: underlying, file: file, line: line)
    }

    public static func unavailable(
        _ message: String, underlying: (any Error)? = nil, file: String = #fileID, line: Int = #line
    ) -> StoreError {
        StoreError(code: .unavailable, message: message, underlying: underlying, file: file, line: line)
    }

    public static func corrupt(
        _ message: String, underlying: (any Error)? = nil, file: String = #fileID, line: Int = #line
    ) -> StoreError {
        StoreError(code: .corrupt, message: message, underlying: underlying, file: file, line: line)
    }

    public static func migrationFailed(
        _ message: String, underlying: (any Error)? = nil, file: String = #fileID, line: Int = #line
    ) -> StoreError {
        StoreError(code: .migrationFailed, message: message, underlying: underlying, file: file, line: line)
    }

    /// Wraps an error thrown by an import source, whose message is already safe to show.
    public static func invalidInput(_ underlying: any Error, file: String = #fileID, line: Int = #line) -> StoreError {
        StoreError(
            code: .invalidInput, message: String(describing: underlying), underlying: underlying, file: file, line: line
        )
    }

    public var description: String { message }

    public var debugDescription: String {
        var text = "StoreError(\(code)): \(message) at \(file):\(line)"
        if let underlying { text += " underlying: \(String(reflecting: underlying))" }
        return text
    }
}

extension StoreError: Equatable {
    /// Errors are equal when their codes are.
    public static func == (lhs: StoreError, rhs: StoreError) -> Bool { lhs.code == rhs.code }
}
