/// A problem in a registry file, located precisely enough to fix it.
///
/// The message names the place (CSV line and column, or FHIR bundle entry and
/// element path) and the rule broken, never the offending value, because values
/// are patient data and messages end up in terminals and logs.
public struct RegistryFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in the file the problem is.
    public enum Location: Hashable, Sendable, CustomStringConvertible {
        /// The whole file (unreadable, empty, not JSON).
        case file
        /// A CSV line (1-based, the header is line 1) and, if known, the column name.
        case csv(line: Int, column: String?)
        /// A FHIR Bundle entry (0-based, as in `entry[3]`) and the element path inside it.
        case fhir(entry: Int?, path: String)

        public var description: String {
            switch self {
            case .file: "file"
            case .csv(let line, let column?): "line \(line), column \(column)"
            case .csv(let line, nil): "line \(line)"
            case .fhir(let entry?, let path) where path.isEmpty: "entry[\(entry)]"
            case .fhir(let entry?, let path): "entry[\(entry)].\(path)"
            case .fhir(nil, let path): path.isEmpty ? "bundle" : path
            }
        }
    }

    public let location: Location
    /// The rule that was broken, safe to show.
    public let message: String

    public init(_ location: Location, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
