extension ReleasedRecord {
    /// The `identity` category: the NHS number and the usual name.
    ///
    /// Previous names are not released: the agency needs to know who was traced,
    /// not the patient's history.
    public struct Identity: Hashable, Sendable, Codable {
        /// The NHS number.
        public let nhsNumber: NHSNumber
        /// The usual name's given names, first name first; empty when it has none.
        public let givenNames: [String]
        /// The usual name's family name; `nil` only for a record with no usual name.
        public let familyName: String?

        private enum CodingKeys: String, CodingKey {
            case nhsNumber = "nhs_number"
            case givenNames = "given_names"
            case familyName = "family_name"
        }

        init(nhsNumber: NHSNumber, givenNames: [String], familyName: String?) {
            self.nhsNumber = nhsNumber
            self.givenNames = givenNames
            self.familyName = familyName
        }

        init(_ patient: Patient) {
            let name = patient.usualName
            self.init(nhsNumber: patient.nhsNumber, givenNames: name?.given ?? [], familyName: name?.family)
        }
    }
}
