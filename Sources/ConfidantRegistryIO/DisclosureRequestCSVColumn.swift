/// The columns of a disclosure request batch file (see `docs/requests-csv.md`).
///
/// Each column is a key of the JSON request document that
/// `DisclosureRequest.validate(_:id:receivedOn:)` reads, with the dot of a nested
/// key written as an underscore: `offence_max_sentence_months` is
/// `offence.max_sentence_months`. There are no `id` or `received_on` columns: the
/// gateway assigns both.
public enum DisclosureRequestCSVColumn: String, CaseIterable, Sendable {
    case agency
    case officer
    case countersignatory
    case caseReference = "case_reference"
    case agreement
    case purpose
    case offenceCategory = "offence_category"
    case offenceMaxSentenceMonths = "offence_max_sentence_months"
    case offenceDescription = "offence_description"
    case legalBasis = "legal_basis"
    case otherMeansTried = "other_means_tried"
    case urgency
    case embargoUntil = "embargo_until"
    case embargoUntilCourtDecision = "embargo_until_court_decision"
    case subjectNHSNumber = "subject_nhs_number"
    case subjectFamilyName = "subject_family_name"
    case subjectGivenNames = "subject_given_names"
    case subjectBirthDate = "subject_birth_date"
    case subjectGender = "subject_gender"
    case subjectPostcode = "subject_postcode"
    case requestedFields = "requested_fields"

    /// How a cell becomes a JSON value.
    enum Kind {
        /// Text as written (trimmed).
        case text
        /// A JSON number; anything else is a file error.
        case number
        /// A list of texts, split at `;`.
        case codes
        /// A list of names, split at spaces (`Oliver James`).
        case names
    }

    /// The nested object the key belongs to (`offence`, `embargo`, `subject`), or `nil` at the top.
    public var object: String? {
        switch self {
        case .offenceCategory, .offenceMaxSentenceMonths, .offenceDescription: "offence"
        case .embargoUntil, .embargoUntilCourtDecision: "embargo"
        case .subjectNHSNumber, .subjectFamilyName, .subjectGivenNames, .subjectBirthDate, .subjectGender,
            .subjectPostcode:
            "subject"
        default: nil
        }
    }

    /// The key inside ``object`` (or at the top): `max_sentence_months`.
    public var key: String {
        guard let object else { return rawValue }
        return String(rawValue.dropFirst(object.count + 1))
    }

    /// The path validation problems use for this column: `offence.max_sentence_months`.
    public var field: String { object.map { "\($0).\(key)" } ?? key }

    var kind: Kind {
        switch self {
        case .offenceMaxSentenceMonths: .number
        case .otherMeansTried, .requestedFields: .codes
        case .subjectGivenNames: .names
        default: .text
        }
    }

    /// The column a validation problem's field comes from, so it can be shown in the
    /// file's own terms: `requested_fields[2]` is ``requestedFields``; `subject` (a
    /// problem with several columns together) is `nil`.
    public init?(field: String) {
        let path = field.firstIndex(of: "[").map { String(field[..<$0]) } ?? field
        guard let column = Self.allCases.first(where: { $0.field == path }) else { return nil }
        self = column
    }
}
