extension Agreement {
    /// Validates an agreement submitted as JSON: `id`, `agency`, `title`, `purposes`,
    /// `permitted_fields`, `legal_bases`, `effective_from`, optional `effective_until`,
    /// and `status_history` (a list of `{status, on, reason}`).
    ///
    /// - Returns: the agreement, or every problem found, each naming its field.
    public static func validate(_ json: JSONValue) -> ValidationResult<Agreement> {
        JSONObjectReader.read(json, kind: "an agreement", read)
    }

    /// Checks the rules a well-formed agreement must still keep.
    ///
    /// - Returns: the problems found, empty when the agreement is valid.
    public func validationProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if title.allSatisfy(\.isWhitespace) {
            problems.append(.missing("title", "an agreement needs a title"))
        }
        if purposes.isEmpty {
            problems.append(.missing("purposes", "an agreement covers at least one purpose"))
        }
        if permittedFields.isEmpty {
            problems.append(.missing("permitted_fields", "an agreement permits at least one field category"))
        }
        if permittedFields.contains(.clinical) {
            problems.append(
                .notPermitted("permitted_fields", "clinical information is never released through Confidant"))
        }
        if legalBases.isEmpty {
            problems.append(.missing("legal_bases", "an agreement names at least one legal basis"))
        }
        if let effectiveUntil, effectiveUntil < effectiveFrom {
            problems.append(.inconsistent("effective_until", "the agreement ends before it starts"))
        }
        if statusHistory.isEmpty {
            problems.append(.missing("status_history", "an agreement has at least one status"))
        }
        for (index, change) in statusHistory.enumerated().dropFirst() {
            let previous = statusHistory[index - 1]
            if change.on < previous.on {
                problems.append(
                    .inconsistent("status_history[\(index)].on", "status changes are listed in date order"))
            }
            if previous.status == .withdrawn {
                problems.append(
                    .inconsistent("status_history[\(index)]", "a withdrawn agreement cannot change status again"))
            }
        }
        return problems
    }

    static func read(_ reader: inout JSONObjectReader) -> Agreement? {
        let id = reader.identifier("id", AgreementID.self, required: "an agreement needs an id")
        let agency = reader.identifier("agency", AgencyID.self, required: "an agreement belongs to an agency")
        let title = reader.string("title", required: "an agreement needs a title")
        let purposes = reader.codes(
            RequestPurpose.self, "purposes", kind: "a request purpose", required: "list the purposes it covers")
        let fields = reader.codes(
            FieldCategory.self, "permitted_fields", kind: "a field category",
            required: "list the field categories it permits")
        let bases = reader.codes(
            LegalBasis.self, "legal_bases", kind: "a legal basis", required: "list the legal bases it relies on")
        let from = reader.date("effective_from", required: "say from which day the agreement applies")
        let until = reader.date("effective_until")
        let history = reader.list("status_history", required: "an agreement has a status history") {
            value, path, problems in
            JSONObjectReader.nested(
                value, kind: "a status change", path: path, problems: &problems, AgreementStatusChange.read)
        }
        guard let id, let agency, let title, let purposes, let fields, let bases, let from, let history else {
            return nil
        }
        let agreement = Agreement(
            id: id, agency: agency, title: title, purposes: Set(purposes), permittedFields: Set(fields),
            legalBases: Set(bases), effectiveFrom: from, effectiveUntil: until, statusHistory: history)
        let problems = agreement.validationProblems()
        for problem in problems { reader.report(problem.at(reader.path(problem.field))) }
        return problems.isEmpty ? agreement : nil
    }
}

extension Agreement: Codable {
    private enum CodingKeys: String, CodingKey {
        case id
        case agency
        case title
        case purposes
        case permittedFields = "permitted_fields"
        case legalBases = "legal_bases"
        case effectiveFrom = "effective_from"
        case effectiveUntil = "effective_until"
        case statusHistory = "status_history"
    }

    public init(from decoder: any Decoder) throws {
        self = try JSONObjectReader.decode(decoder, kind: "an agreement", Self.read)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(agency, forKey: .agency)
        try container.encode(title, forKey: .title)
        try container.encode(JSONObjectReader.sorted(purposes), forKey: .purposes)
        try container.encode(JSONObjectReader.sorted(permittedFields), forKey: .permittedFields)
        try container.encode(JSONObjectReader.sorted(legalBases), forKey: .legalBases)
        try container.encode(effectiveFrom, forKey: .effectiveFrom)
        try container.encodeIfPresent(effectiveUntil, forKey: .effectiveUntil)
        try container.encode(statusHistory, forKey: .statusHistory)
    }
}
