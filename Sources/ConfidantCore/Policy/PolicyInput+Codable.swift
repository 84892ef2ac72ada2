extension PolicyInput {
    /// Validates a policy case written as JSON, the format `confidant policy explain`
    /// reads and `confidant policy generate` writes (one case a line), and reports every
    /// problem, each naming its field (`request.offence.max_sentence_months`, `trace.score`).
    ///
    /// Keys, in the request's own snake_case:
    /// - `request`: a disclosure request as ``DisclosureRequest/validate(_:id:receivedOn:)``
    ///   reads it, with its `id` and `received_on`;
    /// - `agency`: `id`, `name`, `kind` (``Agency/validate(_:)``);
    /// - `agreement`: as ``Agreement/validate(_:)`` reads it;
    /// - `trace` (optional): `outcome`, `score` (0 to 1), `candidates`; default a single exact
    ///   match (`unique-match`, `1`, `1`);
    /// - `patient` (optional): `security_label` (`U`, `R`, `REDACTED`), `deceased`, `opted_out`,
    ///   each optional; default an unrestricted, living patient with no objection;
    /// - `decided_on` (optional): the day of the decision, not before `received_on`; default
    ///   `received_on`.
    ///
    /// Unknown keys are problems too. The request's agency and agreement need not match
    /// `agency` and `agreement`: a mismatch is a case the policy decides (it refuses it).
    ///
    /// - Parameter json: the case document.
    /// - Returns: the case, or every problem found.
    public static func validate(_ json: JSONValue) -> ValidationResult<PolicyInput> {
        JSONObjectReader.read(json, kind: "a policy case", read)
    }

    static func read(_ reader: inout JSONObjectReader) -> PolicyInput? {
        let request = reader.object(
            "request", kind: "a disclosure request", required: "a case needs the request to decide"
        ) { nested in
            let request = DisclosureRequest.read(&nested)
            // The request reports its cross-field problems by bare key (`countersignatory`),
            // as at the top of a request document; here they belong under `request.`.
            let prefix = nested.path + "."
            nested.problems = nested.problems.map { $0.field.hasPrefix(prefix) ? $0 : $0.at(nested.path($0.field)) }
            return request
        }
        let agency = reader.object(
            "agency", kind: "an agency", required: "a case needs the requesting agency", Agency.read)
        let agreement = reader.object(
            "agreement", kind: "an agreement", required: "a case needs the agreement the request names", Agreement.read)
        let trace = reader.object("trace", kind: "a trace result", TraceSummary.read)
        let traceFailed = trace == nil && reader.value("trace") != nil
        let patient = reader.object("patient", kind: "a patient's flags", PatientFlags.read)
        let patientFailed = patient == nil && reader.value("patient") != nil
        let decided = reader.date("decided_on")
        if let decided, let received = request?.receivedOn, decided < received {
            reader.report(.inconsistent("decided_on", "a request cannot be decided before the day it arrived"))
        }
        guard reader.problems.isEmpty, let request, let agency, let agreement, !traceFailed, !patientFailed else {
            return nil
        }
        return PolicyInput(
            request: request, agency: agency, agreement: agreement, trace: trace ?? .exactMatch,
            patient: patient ?? PatientFlags(), decidedOn: decided ?? request.receivedOn)
    }
}

extension PolicyInput: Codable {
    private enum CodingKeys: String, CodingKey {
        case request
        case agency
        case agreement
        case trace
        case patient
        case decidedOn = "decided_on"
    }

    private enum PatientKeys: String, CodingKey {
        case securityLabel = "security_label"
        case deceased
        case optedOut = "opted_out"
    }

    /// Decodes through ``validate(_:)``.
    ///
    /// - Throws: `DecodingError.dataCorrupted` listing every problem.
    public init(from decoder: any Decoder) throws {
        self = try JSONObjectReader.decode(decoder, kind: "a policy case", Self.read)
    }

    /// Encodes every key, defaults included, so a written case reads the same back.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(request, forKey: .request)
        try container.encode(agency, forKey: .agency)
        try container.encode(agreement, forKey: .agreement)
        try container.encode(trace, forKey: .trace)
        // PatientFlags' own Codable keys are its Swift names; a case uses the policy's names.
        var flags = container.nestedContainer(keyedBy: PatientKeys.self, forKey: .patient)
        try flags.encode(patient.securityLabel, forKey: .securityLabel)
        try flags.encode(patient.isDeceased, forKey: .deceased)
        try flags.encode(patient.hasOptedOut, forKey: .optedOut)
        try container.encode(decidedOn, forKey: .decidedOn)
    }
}
