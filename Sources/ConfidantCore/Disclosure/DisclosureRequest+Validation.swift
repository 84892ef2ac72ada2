extension DisclosureRequest {
    /// Validates a request submitted as JSON and reports every problem, each naming
    /// its field and the rule broken.
    ///
    /// Keys: `id`, `agency`, `officer`, `countersignatory`, `case_reference`, `agreement`,
    /// `purpose`, `offence` (`category`, `max_sentence_months`, `description`),
    /// `legal_basis`, `other_means_tried`, `urgency`, `embargo`, `subject` (`nhs_number`,
    /// `family_name`, `given_names`, `birth_date`, `gender`, `postcode`),
    /// `requested_fields`, `received_on`. Unknown keys are problems too.
    ///
    /// - Parameters:
    ///   - json: the submitted document.
    ///   - id: the identifier the gateway assigns; when given, the document must not carry `id`.
    ///   - receivedOn: the day the gateway received it; when given, the document must not carry `received_on`.
    /// - Returns: the request, or every problem found.
    public static func validate(
        _ json: JSONValue, id: RequestID? = nil, receivedOn: CalendarDate? = nil
    ) -> ValidationResult<DisclosureRequest> {
        JSONObjectReader.read(json, kind: "a disclosure request") { reader in
            read(&reader, assignedID: id, receivedOn: receivedOn)
        }
    }

    /// Checks the rules between fields of a request built in code.
    ///
    /// - Returns: the problems found, empty when the request is valid.
    public func validationProblems() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if caseReference.allSatisfy(\.isWhitespace) {
            problems.append(.missing("case_reference", "a request carries the agency's case reference"))
        }
        problems += Self.countersignatureProblems(officer: officer, countersignatory: countersignatory)
        if let offence { problems += offence.validationProblems() }
        problems += Self.fieldProblems(requestedFields)
        problems += subject.validationProblems()
        problems += Self.dateProblems(receivedOn: receivedOn, embargo: embargo, birthDate: subject.birthDate)
        return problems
    }

    static func countersignatureProblems(officer: OfficerID?, countersignatory: OfficerID?) -> [ValidationProblem] {
        guard let officer, let countersignatory, countersignatory == officer else { return [] }
        return [.inconsistent("countersignatory", "the countersignatory must be a different person from the officer")]
    }

    static func fieldProblems(_ fields: Set<FieldCategory>) -> [ValidationProblem] {
        if fields.isEmpty { return [.missing("requested_fields", "ask for at least one field category")] }
        if fields.contains(.clinical) {
            return [.notPermitted("requested_fields", "clinical information is never released through Confidant")]
        }
        return []
    }

    static func dateProblems(
        receivedOn: CalendarDate, embargo: Embargo?, birthDate: CalendarDate?
    ) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if case .until(let date) = embargo, date < receivedOn {
            problems.append(.outOfRange("embargo.until", "an embargo cannot end before the request was received"))
        }
        if let birthDate, birthDate > receivedOn {
            problems.append(.outOfRange("subject.birth_date", "the birth date is after the day the request arrived"))
        }
        return problems
    }

    /// Checks the request against the agency and agreement it names, on `date`.
    ///
    /// A suspended agreement is not a problem here: the request is accepted and held.
    ///
    /// - Returns: the problems found (another agency's agreement, a purpose or legal basis the
    ///   agreement does not cover, an agreement withdrawn or not in force), empty when none.
    public func problems(against agreement: Agreement, of agency: Agency, on date: CalendarDate) -> [ValidationProblem]
    {
        var problems: [ValidationProblem] = []
        if self.agency != agency.id || agreement.agency != agency.id || self.agreement != agreement.id {
            problems.append(.inconsistent("agreement", "the agreement does not belong to the requesting agency"))
        }
        switch agreement.status(on: date) {
        case nil: problems.append(.inconsistent("agreement", "the agreement is not in force on this day"))
        case .withdrawn?: problems.append(.inconsistent("agreement", "the agreement has been withdrawn"))
        case .active?, .suspended?: break
        }
        if !agreement.purposes.contains(purpose) {
            problems.append(.notPermitted("purpose", "the agreement does not cover this purpose"))
        }
        if !agreement.legalBases.contains(legalBasis) {
            problems.append(.notPermitted("legal_basis", "the agreement does not rely on this legal basis"))
        }
        return problems
    }
}
