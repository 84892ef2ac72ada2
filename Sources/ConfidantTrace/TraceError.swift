/// The one error type of the trace module.
///
/// Equality compares the ``code`` only. ``message`` is safe to show to users and to log:
/// it names the field or the artefact concerned (`birth_date`, `trace profile`), never
/// the value, which may be patient data. Details for developers go in ``debugDescription``.
public struct TraceError: Error, Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong; new codes may be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case invalidField, corruptProfile, invalidModel, unsupportedVersion, insufficientTrainingData
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A query field could not be read (a malformed date, postcode, NHS number or ODS code).
        public static let invalidField = Code(.invalidField)
        /// A stored trace profile does not decode.
        public static let corruptProfile = Code(.corruptProfile)
        /// A model file does not decode or breaks an invariant.
        public static let invalidModel = Code(.invalidModel)
        /// A profile or model was written by a format version this build does not read.
        public static let unsupportedVersion = Code(.unsupportedVersion)
        /// Too few profiles to train a model.
        public static let insufficientTrainingData = Code(.insufficientTrainingData)

        public var description: String {
            switch base {
            case .invalidField: "invalid-field"
            case .corruptProfile: "corrupt-profile"
            case .invalidModel: "invalid-model"
            case .unsupportedVersion: "unsupported-version"
            case .insufficientTrainingData: "insufficient-training-data"
            }
        }
    }

    /// What kind of error this is; equality compares it alone.
    public let code: Code
    /// The query field concerned (`birth_date`, `postcode`), when the error is about one.
    public let field: String?
    /// What is wrong, safe for users and logs.
    public let message: String
    /// The error behind this one, shown only by ``debugDescription``.
    public let underlying: (any Error)?
    /// Where the error was made.
    public let file: String
    /// The line where the error was made.
    public let line: Int

    private init(code: Code, field: String?, message: String, underlying: (any Error)?, file: String, line: Int) {
        self.code = code
        self.field = field
        self.message = message
        self.underlying = underlying
        self.file = file
        self.line = line
    }

    /// A query field that cannot be read; `message` must not echo the value.
    public static func invalidField(
        _ field: String, _ message: String, underlying: (any Error)? = nil, file: String = #fileID, line: Int = #line
    ) -> TraceError {
        TraceError(code: .invalidField, field: field, message: message, underlying: underlying, file: file, line: line)
    }

    /// A profile BLOB that does not decode.
    public static func corruptProfile(_ message: String, file: String = #fileID, line: Int = #line) -> TraceError {
        TraceError(code: .corruptProfile, field: nil, message: message, underlying: nil, file: file, line: line)
    }

    /// A model file that does not decode or is inconsistent.
    public static func invalidModel(
        _ message: String, underlying: (any Error)? = nil, file: String = #fileID, line: Int = #line
    ) -> TraceError {
        TraceError(code: .invalidModel, field: nil, message: message, underlying: underlying, file: file, line: line)
    }

    /// An encoding version this build does not read.
    public static func unsupportedVersion(_ message: String, file: String = #fileID, line: Int = #line) -> TraceError {
        TraceError(code: .unsupportedVersion, field: nil, message: message, underlying: nil, file: file, line: line)
    }

    /// Training was given too little data.
    public static func insufficientTrainingData(
        _ message: String, file: String = #fileID, line: Int = #line
    ) -> TraceError {
        TraceError(
            code: .insufficientTrainingData, field: nil, message: message, underlying: nil, file: file, line: line)
    }

    public var description: String {
        if let field { return "\(code): \(field): \(message)" }
        return "\(code): \(message)"
    }

    public var debugDescription: String {
        var text = "TraceError(\(description), at \(file):\(line)"
        if let underlying { text += ", underlying: \(String(reflecting: underlying))" }
        return text + ")"
    }

    public static func == (lhs: TraceError, rhs: TraceError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
