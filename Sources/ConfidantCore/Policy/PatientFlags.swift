/// What the policy may know about the traced patient: never their details, only the
/// flags that change what may be released.
public struct PatientFlags: Hashable, Sendable, Codable {
    /// The PDS security label; `R` and `REDACTED` are restricted.
    public var securityLabel: SecurityLabel
    /// Whether the patient had died by the day of the decision.
    public var isDeceased: Bool
    /// Whether the patient has a recorded data-sharing objection (national data opt-out or type 1).
    public var hasOptedOut: Bool

    /// Creates flags; the defaults describe an unrestricted, living patient with no objection.
    public init(securityLabel: SecurityLabel = .unrestricted, isDeceased: Bool = false, hasOptedOut: Bool = false) {
        self.securityLabel = securityLabel
        self.isDeceased = isDeceased
        self.hasOptedOut = hasOptedOut
    }

    /// The flags of a registry record on `date`.
    public init(_ patient: Patient, on date: CalendarDate) {
        self.init(
            securityLabel: patient.securityLabel,
            isDeceased: patient.deathDate.map { $0 <= date } ?? false,
            hasOptedOut: !patient.objections.isEmpty)
    }

    /// Flags for when no single patient was traced.
    public static let unknown = PatientFlags()

    /// Whether location, contact and GP details must be withheld.
    public var isRestricted: Bool { securityLabel.isRestricted }
}
