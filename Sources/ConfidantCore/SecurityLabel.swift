/// The confidentiality label on a registry record (the PDS "S-flag").
///
/// A restricted (`R`) patient's address, contact details and GP are never
/// released, and searches by postcode or GP never return them.
public enum SecurityLabel: String, Hashable, Sendable, Codable, CaseIterable {
    /// Unrestricted.
    case unrestricted = "U"
    /// Restricted: witness protection, people fleeing abuse.
    case restricted = "R"
    /// The record has been redacted and must not be disclosed at all.
    case redacted = "REDACTED"

    /// Whether location, contact and GP details must be withheld and postcode or GP
    /// searches must not return this patient.
    public var isRestricted: Bool { self != .unrestricted }
}
