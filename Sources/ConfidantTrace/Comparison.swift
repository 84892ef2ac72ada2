/// The comparisons the match model makes between a query and a registry profile. Each maps
/// a pair to one of a few ordered levels (Splink style: the strongest agreement first, a
/// catch-all disagreement last), or to "missing" when either side lacks the field.
public enum Comparison: Int, Sendable, Hashable, Codable, CaseIterable {
    case nhsNumber
    case familyName
    case givenName
    case birthDate
    case postcode
    case address
    case gender
    case gpPractice

    /// The name used in model files and results (`family_name`).
    public var name: String { Self.names[rawValue] }

    /// The level names, strongest agreement first; a level's position is its index.
    public var levels: [String] { Self.levelNames[rawValue] }

    private static let names = allCases.map(\.computedName)
    private static let levelNames = allCases.map(\.computedLevels)

    private var computedName: String {
        switch self {
        case .nhsNumber: "nhs_number"
        case .familyName: "family_name"
        case .givenName: "given_name"
        case .birthDate: "birth_date"
        case .postcode: "postcode"
        case .address: "address"
        case .gender: "gender"
        case .gpPractice: "gp_practice"
        }
    }

    private var computedLevels: [String] {
        switch self {
        case .nhsNumber: ["exact", "unverified", "different"]
        case .familyName: ["exact", "previous", "close", "phonetic", "swapped", "part", "fuzzy", "different"]
        case .givenName: ["exact", "nickname", "close", "phonetic", "middle", "initial", "fuzzy", "different"]
        case .birthDate: ["exact", "swapped", "year", "typo", "close", "different"]
        case .postcode: ["full", "previous", "sector", "district", "area", "different"]
        case .address: ["full", "previous", "street", "partial", "different"]
        case .gender: ["same", "different"]
        case .gpPractice: ["same", "different"]
        }
    }

    /// The comparison with this model-file name.
    public init?(name: String) {
        guard let match = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = match
    }
}
