/// A person at an agency who makes or countersigns requests.
public struct Officer: Hashable, Sendable {
    /// The officer's identifier.
    public var id: OfficerID
    /// The agency the officer works for.
    public var agency: AgencyID
    /// The officer's name.
    public var name: String
    /// Whether the officer is senior enough to countersign a request.
    public var isSenior: Bool

    /// Creates an officer.
    public init(id: OfficerID, agency: AgencyID, name: String, isSenior: Bool = false) {
        self.id = id
        self.agency = agency
        self.name = name
        self.isSenior = isSenior
    }

    /// Validates an officer submitted as JSON (`id`, `agency`, `name`, `senior`).
    ///
    /// - Returns: the officer, or every problem found, each naming its field.
    public static func validate(_ json: JSONValue) -> ValidationResult<Officer> {
        JSONObjectReader.read(json, kind: "an officer", read)
    }

    static func read(_ reader: inout JSONObjectReader) -> Officer? {
        let id = reader.identifier("id", OfficerID.self, required: "an officer needs an id")
        let agency = reader.identifier("agency", AgencyID.self, required: "an officer belongs to an agency")
        let name = reader.string("name", required: "an officer needs a name")
        let senior = reader.bool("senior") ?? false
        guard let id, let agency, let name else { return nil }
        return Officer(id: id, agency: agency, name: name, isSenior: senior)
    }
}

extension Officer: Codable {
    private enum CodingKeys: String, CodingKey {
        case id
        case agency
        case name
        case senior
    }

    public init(from decoder: any Decoder) throws {
        self = try JSONObjectReader.decode(decoder, kind: "an officer", Self.read)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(agency, forKey: .agency)
        try container.encode(name, forKey: .name)
        try container.encode(isSenior, forKey: .senior)
    }
}
