extension DisclosureRequest: Codable {
    private enum CodingKeys: String, CodingKey {
        case id
        case agency
        case officer
        case countersignatory
        case caseReference = "case_reference"
        case agreement
        case purpose
        case offence
        case legalBasis = "legal_basis"
        case otherMeansTried = "other_means_tried"
        case urgency
        case embargo
        case subject
        case requestedFields = "requested_fields"
        case receivedOn = "received_on"
    }

    /// Decodes through ``validate(_:id:receivedOn:)``.
    ///
    /// - Throws: `DecodingError.dataCorrupted` listing every problem.
    public init(from decoder: any Decoder) throws {
        self = try JSONObjectReader.decode(decoder, kind: "a disclosure request") { reader in
            Self.read(&reader)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(agency, forKey: .agency)
        try container.encode(officer, forKey: .officer)
        try container.encodeIfPresent(countersignatory, forKey: .countersignatory)
        try container.encode(caseReference, forKey: .caseReference)
        try container.encode(agreement, forKey: .agreement)
        try container.encode(purpose, forKey: .purpose)
        try container.encodeIfPresent(offence, forKey: .offence)
        try container.encode(legalBasis, forKey: .legalBasis)
        if !otherMeansTried.isEmpty { try container.encode(otherMeansTried, forKey: .otherMeansTried) }
        try container.encode(urgency, forKey: .urgency)
        try container.encodeIfPresent(embargo, forKey: .embargo)
        try container.encode(subject, forKey: .subject)
        try container.encode(JSONObjectReader.sorted(requestedFields), forKey: .requestedFields)
        try container.encode(receivedOn, forKey: .receivedOn)
    }
}
