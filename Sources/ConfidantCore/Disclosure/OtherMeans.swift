/// Other ways of finding the person that the requester attests it tried first
/// (DOMAIN.md rule 3: other means exhausted).
public enum OtherMeans: String, Hashable, Sendable, Codable, CaseIterable {
    case policeNationalComputer = "police-national-computer"
    case homeOfficeRecords = "home-office-records"
    case electoralRegister = "electoral-register"
    case dvla
    case creditReferenceAgency = "credit-reference-agency"
    case localEnquiries = "local-enquiries"
    case otherAgency = "other-agency"
}
