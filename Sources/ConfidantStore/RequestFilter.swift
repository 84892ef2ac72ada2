import ConfidantCore

/// Which requests to list: every condition given must hold.
///
/// Results come in request-identifier order (identifiers are issued in time order);
/// ``after`` continues a listing from the last identifier of the previous page.
public struct RequestFilter: Hashable, Sendable {
    public var agency: AgencyID?
    public var agreement: AgreementID?
    /// Only requests in one of these statuses; `nil` for any.
    public var statuses: Set<RequestStatus>?
    /// Only requests whose identifier sorts after this one.
    public var after: RequestID?
    public var limit: Int

    public init(
        agency: AgencyID? = nil, agreement: AgreementID? = nil, statuses: Set<RequestStatus>? = nil,
        after: RequestID? = nil, limit: Int = 100
    ) {
        self.agency = agency
        self.agreement = agreement
        self.statuses = statuses
        self.after = after
        self.limit = limit
    }
}
