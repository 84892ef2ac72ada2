/// The identifiers of the disclosure domain (``AgencyID``, ``OfficerID``,
/// ``AgreementID``, ``RequestID``), so validation can read any of them.
protocol DisclosureIdentifier {
    init(_ value: String) throws(ValidationProblem)
}
