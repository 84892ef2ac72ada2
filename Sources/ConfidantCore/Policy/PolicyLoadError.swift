/// Why a policy file, or a set of policy files, failed to load: the file, the line
/// and column (1-based, counted in characters), and a message an
/// information-governance officer can act on.
///
/// A policy that names an unknown attribute or value, compares things of different
/// types, or breaks the grammar never loads, so it can never decide a request.
/// Equality compares the ``code`` only; ``description`` is `file:line:column: message`,
/// the form editors and terminals recognise.
public struct PolicyLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of mistake it is. New codes may be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: Hashable, Sendable {
            case syntax
            case unknownAttribute
            case unknownValue
            case typeMismatch
            case badDate
            case duplicateName
            case unknownRule
            case invalidHeader
            case invalidContentHash
            case conflictingVersions
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The text does not follow the grammar (a missing `because`, an unclosed bracket).
        public static let syntax = Code(.syntax)
        /// An attribute that does not exist (`agency.knd`).
        public static let unknownAttribute = Code(.unknownAttribute)
        /// A value outside its attribute's list (`agency.kind == immigration`).
        public static let unknownValue = Code(.unknownValue)
        /// A comparison between different types (`offence.max_sentence_months == serious`).
        public static let typeMismatch = Code(.typeMismatch)
        /// A date that is malformed or not on the calendar (`2018-02-30`).
        public static let badDate = Code(.badDate)
        /// Two rules, or two tests, with the same name.
        public static let duplicateName = Code(.duplicateName)
        /// A test that expects a rule the policy does not have.
        public static let unknownRule = Code(.unknownRule)
        /// A bad `policy "id" version N effective DATE` line.
        public static let invalidHeader = Code(.invalidHeader)
        /// The content hash passed by the caller is not 64 hexadecimal digits.
        public static let invalidContentHash = Code(.invalidContentHash)
        /// Policy files that cannot form one history (a version twice, versions out of date order).
        public static let conflictingVersions = Code(.conflictingVersions)

        public var description: String {
            switch base {
            case .syntax: "syntax"
            case .unknownAttribute: "unknown-attribute"
            case .unknownValue: "unknown-value"
            case .typeMismatch: "type-mismatch"
            case .badDate: "bad-date"
            case .duplicateName: "duplicate-name"
            case .unknownRule: "unknown-rule"
            case .invalidHeader: "invalid-header"
            case .invalidContentHash: "invalid-content-hash"
            case .conflictingVersions: "conflicting-versions"
            }
        }
    }

    /// What kind of mistake it is.
    public let code: Code
    /// What is wrong and, where possible, how to put it right.
    public let message: String
    /// The file, as the caller named it when loading.
    public let file: String
    /// The line, from 1.
    public let line: Int
    /// The column, from 1, counted in characters.
    public let column: Int

    init(_ code: Code, _ message: String, file: String, at location: SourceLocation) {
        self.code = code
        self.message = message
        self.file = file
        self.line = location.line
        self.column = location.column
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }

    public static func == (lhs: PolicyLoadError, rhs: PolicyLoadError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
