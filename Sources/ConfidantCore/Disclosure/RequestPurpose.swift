/// Why an agency asks for a patient's details.
///
/// Detection of a crime that has happened weighs more in the public-interest test
/// than prevention (DOMAIN.md rule 7), so the two are separate purposes.
public enum RequestPurpose: String, Hashable, Sendable, Codable, CaseIterable {
    /// Tracing someone for an immigration offence (overstaying, absconding, breach of reporting).
    case immigrationEnforcement = "immigration-enforcement"
    /// Deportation of someone investigated for, or convicted of, an offence.
    case deportation
    /// Investigating a crime that has been committed.
    case detectionOfCrime = "detection-of-crime"
    /// Preventing a crime that has not yet happened.
    case preventionOfCrime = "prevention-of-crime"
    /// A risk to public security.
    case publicSecurity = "public-security"
    /// Finding a missing person.
    case missingPerson = "missing-person"
    /// Protecting a child or adult at risk.
    case safeguarding
    /// Proceedings before a court.
    case courtProceedings = "court-proceedings"
    /// A coroner's inquest.
    case inquest
}
