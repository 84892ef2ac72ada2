import ConfidantCore

/// A request's current state as stored for queries: one row per request, rewritten in the
/// same transaction as each event that changes it, so it never disagrees with the events.
///
/// The events stay the truth (``RequestState`` is their fold); the projection exists so
/// that "this agency's requests" and "the review queue" are index scans, not replays.
public struct RequestProjection: Hashable, Sendable {
    public var id: RequestID
    public var agency: AgencyID
    public var agreement: AgreementID
    public var officer: OfficerID
    public var status: RequestStatus
    public var receivedOn: CalendarDate
    /// When the latest event was recorded, ISO 8601 in UTC.
    public var updatedAt: String
    /// How many events the request has.
    public var eventCount: Int
    /// The patient traced, once the trace found a unique match.
    public var matchedNHSNumber: NHSNumber?
    /// Whether the patient's view must not show the request yet.
    public var isEmbargoed: Bool
    /// The request as submitted, in its JSON form (``DisclosureRequest``'s `Codable`).
    public var document: [UInt8]

    public init(
        id: RequestID, agency: AgencyID, agreement: AgreementID, officer: OfficerID, status: RequestStatus,
        receivedOn: CalendarDate, updatedAt: String, eventCount: Int, matchedNHSNumber: NHSNumber?,
        isEmbargoed: Bool, document: [UInt8]
    ) {
        self.id = id
        self.agency = agency
        self.agreement = agreement
        self.officer = officer
        self.status = status
        self.receivedOn = receivedOn
        self.updatedAt = updatedAt
        self.eventCount = eventCount
        self.matchedNHSNumber = matchedNHSNumber
        self.isEmbargoed = isEmbargoed
        self.document = document
    }
}
