/// What a request is about: an offence, or one of the non-criminal grounds the
/// 9 May 2018 criteria name (public security, a missing vulnerable person).
///
/// The first six are the serious crimes of the GMC guidance and the Health
/// Committee (DOMAIN.md rule 2); immigration status alone is not serious crime.
public enum OffenceCategory: String, Hashable, Sendable, Codable, CaseIterable {
    case murder
    case manslaughter
    case rape
    case kidnapping
    case childAbuse = "child-abuse"
    /// Serious harm to the security of the state.
    case stateSecurity = "state-security"
    /// Other violence against the person.
    case seriousViolence = "serious-violence"
    case drugTrafficking = "drug-trafficking"
    case fraud
    case theft
    /// An immigration offence: overstaying, absconding, breach of reporting conditions.
    case immigration
    /// A risk to public security (9 May 2018 criterion b).
    case publicSecurity = "public-security"
    /// The welfare of a missing vulnerable child or adult (9 May 2018 criterion c).
    case missingVulnerablePerson = "missing-vulnerable-person"
    case other
}
