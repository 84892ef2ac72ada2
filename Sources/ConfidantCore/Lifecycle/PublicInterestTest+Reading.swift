extension PublicInterestTest {
    /// Reads a reviewer's test as the API receives it, reporting every problem by field.
    ///
    /// Keys: `seriousness`, `necessary`, `proportionate`, `harm_to_patient`, `harm_to_trust`,
    /// `less_data_would_do`, `aim`, `notes`, `recommendation` (`release` or `refuse`),
    /// `fields` (for a release: `[{"category": "location", "coarsening": "district"}]`,
    /// coarsening optional, `full` by default) and `reason` (for a refusal). Every
    /// question is required; ``problems`` then checks the answers fit together.
    public static func validate(_ json: JSONValue) -> ValidationResult<PublicInterestTest> {
        JSONObjectReader.read(json, kind: "a public-interest test") { reader in
            let seriousness = reader.code(
                Seriousness.self, "seriousness", kind: "a seriousness", required: "say how serious the matter is")
            let necessary = reader.bool("necessary", required: "say whether the disclosure is necessary")
            let proportionate = reader.bool("proportionate", required: "say whether it is proportionate")
            let harmToPatient = reader.code(
                Harm.self, "harm_to_patient", kind: "a harm", required: "weigh the harm to the patient")
            let harmToTrust = reader.code(
                Harm.self, "harm_to_trust", kind: "a harm", required: "weigh the harm to trust and public health")
            let lessData = reader.bool("less_data_would_do", required: "say whether less data would do")
            let aim = reader.code(Aim.self, "aim", kind: "an aim", required: "say what the disclosure would serve")
            let notes = reader.string("notes", required: "write down the reasoning")
            let recommendation = readRecommendation(&reader)
            guard let seriousness, let necessary, let proportionate, let harmToPatient, let harmToTrust, let lessData,
                let aim, let notes, let recommendation
            else { return nil }
            return PublicInterestTest(
                seriousness: seriousness, necessary: necessary, proportionate: proportionate,
                harmToPatient: harmToPatient, harmToTrust: harmToTrust, lessDataWouldDo: lessData, aim: aim,
                notes: notes, recommendation: recommendation)
        }
    }

    private static func readRecommendation(_ reader: inout JSONObjectReader) -> Recommendation? {
        let kind = reader.string("recommendation", required: "recommend release or refuse")
        let fields: [FieldRelease]? = reader.list("fields") { value, path, problems in
            JSONObjectReader.nested(value, kind: "a field release", path: path, problems: &problems) {
                (field: inout JSONObjectReader) -> FieldRelease? in
                let category = field.code(
                    FieldCategory.self, "category", kind: "a field category", required: "name the category")
                let coarsening =
                    field.code(FieldCoarsening.self, "coarsening", kind: "a coarsening") ?? .full
                guard let category else { return nil }
                return FieldRelease(category, at: coarsening)
            }
        }
        let reason = reader.string("reason")
        switch kind {
        case "release"?:
            guard let fields else {
                reader.report(.missing(reader.path("fields"), "a release names the fields to release"))
                return nil
            }
            return .release(fields)
        case "refuse"?:
            guard let reason else {
                reader.report(.missing(reader.path("reason"), "a refusal states its reason"))
                return nil
            }
            return .refuse(reason: reason)
        case let other?:
            reader.report(
                .unknownValue(reader.path("recommendation"), "'\(other)' is not a recommendation: release or refuse"))
            return nil
        case nil:
            return nil
        }
    }
}
