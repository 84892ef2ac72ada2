/// The law a request relies on. Every request states one (DOMAIN.md rule 1); an
/// exemption permits disclosure but never requires it.
public enum LegalBasis: String, Hashable, Sendable, Codable, CaseIterable {
    /// Data Protection Act 2018 Schedule 2 Part 1 paragraph 2: crime and taxation.
    case crimeAndTaxation = "crime-and-taxation"
    /// Data Protection Act 2018 Schedule 2 Part 1 paragraph 4: immigration control
    /// (the basis the 2017 Memorandum of Understanding relied on).
    case immigrationControl = "immigration-control"
    /// An order of a court requiring disclosure.
    case courtOrder = "court-order"
    /// A duty imposed by an Act of Parliament.
    case statutoryDuty = "statutory-duty"
    /// Data Protection Act 2018 Schedule 2 Part 1 paragraph 5: legal proceedings.
    case legalProceedings = "legal-proceedings"
    /// Coroners and Justice Act 2009 Schedule 5: a coroner's notice.
    case coronerRequirement = "coroner-requirement"
    /// Children Act 1989 section 47 or Care Act 2014 section 42 enquiries.
    case safeguardingDuty = "safeguarding-duty"
    /// To protect someone's vital interests (life at risk).
    case vitalInterests = "vital-interests"
}
