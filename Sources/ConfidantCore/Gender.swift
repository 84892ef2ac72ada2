/// Administrative gender as PDS and FHIR record it.
public enum Gender: String, Hashable, Sendable, Codable, CaseIterable {
    case male
    case female
    case other
    case unknown
}
