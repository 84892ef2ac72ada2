/// A clinical record entry. Kept apart from the demographic record, in the
/// ``FieldCategory/clinical`` category, which no policy can release.
public struct ClinicalEntry: Hashable, Sendable, Codable {
    public var nhsNumber: NHSNumber
    public var recordedOn: CalendarDate
    /// A coded concept (for example a SNOMED CT code).
    public var code: String
    /// Free text as written by the clinician.
    public var text: String

    public init(nhsNumber: NHSNumber, recordedOn: CalendarDate, code: String, text: String) {
        self.nhsNumber = nhsNumber
        self.recordedOn = recordedOn
        self.code = code
        self.text = text
    }
}
