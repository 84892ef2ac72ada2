import ConfidantCore

extension RequestProjection {
    /// A projection from the columns both adapters store it in.
    ///
    /// - Throws: ``StoreError`` `corrupt` if a column does not hold a valid value.
    public init(
        columns id: String, agency: String, agreement: String, officer: String, status: String, receivedOn: String,
        updatedAt: String, eventCount: Int, matchedNHSNumber: Int64?, isEmbargoed: Bool, document: [UInt8]
    ) throws {
        guard let requestID = try? RequestID(id), let agencyID = try? AgencyID(agency),
            let agreementID = try? AgreementID(agreement), let officerID = try? OfficerID(officer),
            let status = RequestStatus(rawValue: status), let received = try? CalendarDate(iso: receivedOn)
        else { throw StoreError.corrupt("a stored request has an invalid column") }
        var matched: NHSNumber?
        if let matchedNHSNumber {
            guard matchedNHSNumber >= 0, let number = try? NHSNumber(value: UInt64(matchedNHSNumber)) else {
                throw StoreError.corrupt("a stored request has an invalid NHS number")
            }
            matched = number
        }
        self.init(
            id: requestID, agency: agencyID, agreement: agreementID, officer: officerID, status: status,
            receivedOn: received, updatedAt: updatedAt, eventCount: eventCount, matchedNHSNumber: matched,
            isEmbargoed: isEmbargoed, document: document)
    }
}
