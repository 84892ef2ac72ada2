import ConfidantCore
import ConfidantStore

/// One line of a request listing: where a request stands, without its contents.
public struct RequestSummary: Sendable, Hashable, Encodable {
    public var id: RequestID
    public var agency: AgencyID
    public var agreement: AgreementID
    public var status: RequestStatus
    public var receivedOn: CalendarDate
    public var updatedAt: String

    init(_ projection: RequestProjection) {
        id = projection.id
        agency = projection.agency
        agreement = projection.agreement
        status = projection.status
        receivedOn = projection.receivedOn
        updatedAt = projection.updatedAt
    }

    private enum CodingKeys: String, CodingKey {
        case id, agency, agreement, status
        case receivedOn = "received_on"
        case updatedAt = "updated_at"
    }
}
