/// A request from an agency for a patient's non-clinical details.
///
/// Built from JSON through ``validate(_:id:receivedOn:)``, which reports every
/// problem with its field, or decoded with `Codable` (which accepts exactly the
/// same documents and throws on the first invalid one). The policy engine decides
/// it together with its agency, agreement, trace result and patient flags
/// (``PolicyInput``).
public struct DisclosureRequest: Hashable, Sendable {
    /// The gateway's identifier for the request.
    public var id: RequestID
    /// The requesting agency.
    public var agency: AgencyID
    /// The officer making the request.
    public var officer: OfficerID
    /// The senior officer who countersigned it, a different person from ``officer``.
    public var countersignatory: OfficerID?
    /// The agency's own case reference.
    public var caseReference: String
    /// The agreement the request is made under.
    public var agreement: AgreementID
    /// Why the details are needed.
    public var purpose: RequestPurpose
    /// The offence or ground, when there is one (a coroner's request has none).
    public var offence: Offence?
    /// The law the request relies on (DOMAIN.md rule 1).
    public var legalBasis: LegalBasis
    /// What the agency attests it tried before asking (DOMAIN.md rule 3).
    public var otherMeansTried: [OtherMeans]
    /// How quickly an answer is needed.
    public var urgency: Urgency
    /// Whether, and until when, the patient is not told about the request.
    public var embargo: Embargo?
    /// Who the agency is looking for.
    public var subject: SubjectIdentifiers
    /// The field categories asked for.
    public var requestedFields: Set<FieldCategory>
    /// The day the gateway received the request.
    public var receivedOn: CalendarDate

    /// Creates a request; ``validationProblems()`` checks it.
    public init(
        id: RequestID,
        agency: AgencyID,
        officer: OfficerID,
        countersignatory: OfficerID? = nil,
        caseReference: String,
        agreement: AgreementID,
        purpose: RequestPurpose,
        offence: Offence? = nil,
        legalBasis: LegalBasis,
        otherMeansTried: [OtherMeans] = [],
        urgency: Urgency = .routine,
        embargo: Embargo? = nil,
        subject: SubjectIdentifiers,
        requestedFields: Set<FieldCategory>,
        receivedOn: CalendarDate
    ) {
        self.id = id
        self.agency = agency
        self.officer = officer
        self.countersignatory = countersignatory
        self.caseReference = caseReference
        self.agreement = agreement
        self.purpose = purpose
        self.offence = offence
        self.legalBasis = legalBasis
        self.otherMeansTried = otherMeansTried
        self.urgency = urgency
        self.embargo = embargo
        self.subject = subject
        self.requestedFields = requestedFields
        self.receivedOn = receivedOn
    }

    /// Whether a different person countersigned the request.
    public var isCountersigned: Bool {
        guard let countersignatory else { return false }
        return countersignatory != officer
    }
}
