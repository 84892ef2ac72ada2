/// What an agency receives once a request is released: the traced patient's details
/// in exactly the categories approved, each at its level, and nothing else.
///
/// There is no clinical property, so clinical information cannot be released by
/// this route even by mistake (DOMAIN.md rule 4): a ``FieldRelease`` of
/// ``FieldCategory/clinical`` has nowhere to go and is dropped.
///
/// Each category is copied field by field into a type of its own rather than
/// exposing registry types, so a field added to ``Patient`` later is not released
/// until someone decides it should be, here.
///
/// A category is `nil` (absent from the JSON, never `null`) when it was not released
/// or when the registry holds nothing for it. The two are deliberately
/// indistinguishable: withholding a restricted patient's address (DOMAIN.md rule 5)
/// then looks like a patient with no address, and does not reveal the restriction.
public struct ReleasedRecord: Hashable, Sendable {
    /// The day the details were released.
    public let releasedOn: CalendarDate
    /// NHS number and usual name.
    public let identity: Identity?
    /// Birth date (or year), gender, death date (or year).
    public let demographics: Demographics?
    /// The current address, or only part of its postcode.
    public let location: Location?
    /// Phone and email.
    public let contact: Contact?
    /// The GP practice, or only its area.
    public let registration: Registration?
    /// Contacts with health services, oldest first; never empty.
    public let serviceUsage: [ServiceUse]?

    /// The record released from `patient` under `releases` on `date`.
    ///
    /// Beyond what `releases` allow, the record is cut back as a last line of defence,
    /// whatever the policy and reviewers decided:
    /// - a restricted patient (label `R`) never has location, contact or registration;
    /// - a redacted patient (label `REDACTED`, "never disclosed at all") has nothing
    ///   released but the date;
    /// - a category named twice is released at the coarser level, and a level that
    ///   belongs to another category (`location` at `birth-year`) releases nothing.
    ///
    /// - Parameters:
    ///   - patient: the traced patient's registry record.
    ///   - releases: the categories approved for release, each at its level.
    ///   - date: the day of release.
    ///   - practiceAreas: the area of each GP practice (the ODS code of the organisation that
    ///     commissions it), from ODS reference data, for `registration` at `gp-area`. A practice
    ///     code has no structure to derive an area from, so without an entry nothing is released.
    public init(
        patient: Patient, releases: [FieldRelease], on date: CalendarDate, practiceAreas: [ODSCode: ODSCode] = [:]
    ) {
        self.releasedOn = date
        // A redacted record is never disclosed at all (the policy's built-in redacted-record rule).
        let levels = patient.securityLabel == .redacted ? [:] : Self.levels(releases)
        // Defence in depth: the policy already refuses these for restricted patients.
        let shielded = patient.securityLabel.isRestricted
        identity = levels[.identity].map { _ in Identity(patient) }
        demographics = levels[.demographics].map { Demographics(patient, at: $0) }
        location = shielded ? nil : levels[.location].flatMap { Location(patient.currentAddress, at: $0) }
        contact = shielded ? nil : levels[.contact].flatMap { _ in Contact(patient.contact) }
        registration =
            shielded
            ? nil
            : levels[.registration].flatMap { Registration(patient.gp, at: $0, areas: practiceAreas) }
        serviceUsage = levels[.serviceUsage].flatMap { _ in ServiceUse.events(patient.serviceUsage) }
    }

    /// Creates a record from its parts, for decoding.
    init(
        releasedOn: CalendarDate, identity: Identity?, demographics: Demographics?, location: Location?,
        contact: Contact?, registration: Registration?, serviceUsage: [ServiceUse]?
    ) {
        self.releasedOn = releasedOn
        self.identity = identity
        self.demographics = demographics
        self.location = location
        self.contact = contact
        self.registration = registration
        self.serviceUsage = serviceUsage
    }

    /// The level each releasable category is released at: the coarsest named, ignoring
    /// levels of another category and clinical information, which is never released.
    static func levels(_ releases: [FieldRelease]) -> [FieldCategory: FieldCoarsening] {
        var levels: [FieldCategory: FieldCoarsening] = [:]
        for release in releases where release.category != .clinical {
            if let owner = release.coarsening.category, owner != release.category { continue }
            if let known = levels[release.category], known.rank >= release.coarsening.rank { continue }
            levels[release.category] = release.coarsening
        }
        return levels
    }
}
