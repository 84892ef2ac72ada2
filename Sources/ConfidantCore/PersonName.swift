/// One of a patient's names, with its use and the period it applied.
public struct PersonName: Hashable, Sendable, Codable {
    /// How the name is used.
    public enum Use: String, Hashable, Sendable, Codable, CaseIterable {
        /// The name the patient goes by now.
        case usual
        /// A name the patient used before (a maiden name, a name before a deed poll).
        case previous
    }

    public var use: Use
    /// Given names in order (first name first).
    public var given: [String]
    public var family: String
    public var period: Period

    public init(use: Use, given: [String], family: String, period: Period = Period()) {
        self.use = use
        self.given = given
        self.family = family
        self.period = period
    }

    /// Whether two names spell the same person's name, ignoring use and period.
    public func sameName(as other: PersonName) -> Bool {
        given == other.given && family == other.family
    }
}
