extension ReleasedRecord: Codable {
    private enum CodingKeys: String, CodingKey {
        case releasedOn = "released_on"
        case identity
        case demographics
        case location
        case contact
        case registration
        case serviceUsage = "service_usage"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            releasedOn: try container.decode(CalendarDate.self, forKey: .releasedOn),
            identity: try container.decodeIfPresent(Identity.self, forKey: .identity),
            demographics: try container.decodeIfPresent(Demographics.self, forKey: .demographics),
            location: try container.decodeIfPresent(Location.self, forKey: .location),
            contact: try container.decodeIfPresent(Contact.self, forKey: .contact),
            registration: try container.decodeIfPresent(Registration.self, forKey: .registration),
            serviceUsage: try container.decodeIfPresent([ServiceUse].self, forKey: .serviceUsage))
    }

    /// Encodes the released categories only: one that is `nil` has no key at all.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(releasedOn, forKey: .releasedOn)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encodeIfPresent(demographics, forKey: .demographics)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encodeIfPresent(contact, forKey: .contact)
        try container.encodeIfPresent(registration, forKey: .registration)
        try container.encodeIfPresent(serviceUsage, forKey: .serviceUsage)
    }
}
