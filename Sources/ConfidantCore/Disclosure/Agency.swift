/// An outside body that asks for patients' details: a police force, Home Office
/// Immigration Enforcement, a court.
public struct Agency: Hashable, Sendable {
    /// The agency's identifier.
    public var id: AgencyID
    /// The agency's name, as it signs its requests.
    public var name: String
    /// What kind of body it is.
    public var kind: AgencyKind

    /// Creates an agency.
    public init(id: AgencyID, name: String, kind: AgencyKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }

    /// Validates an agency submitted as JSON (`id`, `name`, `kind`).
    ///
    /// - Returns: the agency, or every problem found, each naming its field.
    public static func validate(_ json: JSONValue) -> ValidationResult<Agency> {
        JSONObjectReader.read(json, kind: "an agency", read)
    }

    static func read(_ reader: inout JSONObjectReader) -> Agency? {
        let id = reader.identifier("id", AgencyID.self, required: "an agency needs an id")
        let name = reader.string("name", required: "an agency needs a name")
        let kind = reader.code(AgencyKind.self, "kind", kind: "an agency kind", required: "an agency needs a kind")
        guard let id, let name, let kind else { return nil }
        return Agency(id: id, name: name, kind: kind)
    }
}

extension Agency: Codable {
    private enum CodingKeys: String, CodingKey {
        case id
        case name
        case kind
    }

    public init(from decoder: any Decoder) throws {
        self = try JSONObjectReader.decode(decoder, kind: "an agency", Self.read)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
    }
}
