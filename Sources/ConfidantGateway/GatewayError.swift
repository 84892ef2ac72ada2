import ConfidantCore

/// Why the gateway refused to do what it was asked, in terms a client can act on.
///
/// Each case maps to one HTTP status. Messages never carry patient data, keys or
/// case references: they name fields, rules and identifiers Confidant issued.
public enum GatewayError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No valid API key was presented.
    case unauthenticated(String)
    /// The caller is known but may not do this.
    case forbidden(String)
    /// No such thing, or none the caller may see (an agency is never told another's request exists).
    case notFound(String)
    /// The input broke these rules; nothing was stored.
    case invalid([ValidationProblem])
    /// The request's history does not allow this step now (four eyes, order of steps).
    case conflict(LifecycleViolation)
    /// Confidant cannot serve this now (no policy in force, the store is down).
    case unavailable(String)

    public var description: String {
        switch self {
        case .unauthenticated(let message), .forbidden(let message), .notFound(let message),
            .unavailable(let message):
            message
        case .invalid(let problems): problems.map(\.description).joined(separator: "; ")
        case .conflict(let violation): violation.description
        }
    }
}
