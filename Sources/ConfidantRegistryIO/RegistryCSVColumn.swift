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

    /// Columns every file must have.
    public static let required: [RegistryCSVColumn] = [.nhsNumber, .givenNames, .familyName, .birthDate, .gender]

    /// Separator inside list-valued cells (`previous_family_names`, `objections`).
    public static let listSeparator: Character = ";"
}
