/// What kind of body an agency is; policies decide mostly on this.
public enum AgencyKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Home Office Immigration Enforcement.
    case immigrationEnforcement = "immigration-enforcement"
    /// A police force.
    case police
    /// The National Crime Agency.
    case nationalCrimeAgency = "national-crime-agency"
    /// A court or tribunal.
    case court
    /// A coroner investigating a death.
    case coroner
    /// A local authority's children's or adults' safeguarding service.
    case localAuthoritySafeguarding = "local-authority-safeguarding"
    /// Anything else; the shipped policies refuse these.
    case other
}
