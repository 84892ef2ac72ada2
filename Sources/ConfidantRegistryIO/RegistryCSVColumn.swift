/// The columns of the registry CSV format (see `docs/registry-csv.md`).
public enum RegistryCSVColumn: String, CaseIterable, Sendable {
    case nhsNumber = "nhs_number"
    case givenNames = "given_names"
    case familyName = "family_name"
    case previousFamilyNames = "previous_family_names"
    case birthDate = "birth_date"
    case gender
    case deathDate = "death_date"
    case addressLine1 = "address_line1"
    case addressLine2 = "address_line2"
    case addressLine3 = "address_line3"
    case addressLine4 = "address_line4"
    case postcode
    case addressFrom = "address_from"
    case gpPractice = "gp_practice"
    case registeredOn = "registered_on"
    case securityLabel = "security_label"
    case phone
    case email
    case objections

    /// The column's place in `allCases`, so a record's cells are found through an array:
    /// a dictionary keyed by the column would hash its name string on every look-up.
    var ordinal: Int {
        switch self {
        case .nhsNumber: 0
        case .givenNames: 1
        case .familyName: 2
        case .previousFamilyNames: 3
        case .birthDate: 4
        case .gender: 5
        case .deathDate: 6
        case .addressLine1: 7
        case .addressLine2: 8
        case .addressLine3: 9
        case .addressLine4: 10
        case .postcode: 11
        case .addressFrom: 12
        case .gpPractice: 13
        case .registeredOn: 14
        case .securityLabel: 15
        case .phone: 16
        case .email: 17
        case .objections: 18
        }
    }

    /// Columns every file must have.
    public static let required: [RegistryCSVColumn] = [.nhsNumber, .givenNames, .familyName, .birthDate, .gender]

    /// Separator inside list-valued cells (`previous_family_names`, `objections`).
    public static let listSeparator: Character = ";"
}
