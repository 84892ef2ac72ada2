extension DisclosureRequest {
    static func read(
        _ reader: inout JSONObjectReader, assignedID: RequestID? = nil, receivedOn assignedDate: CalendarDate? = nil
    ) -> DisclosureRequest? {
        let id = assignedID ?? reader.identifier("id", RequestID.self, required: "a request needs an id")
        if assignedID != nil, reader.value("id") != nil {
            reader.report(.notPermitted("id", "the gateway assigns the request's id"))
        }
        let received = assignedDate ?? reader.date("received_on", required: "say which day the request arrived")
        if assignedDate != nil, reader.value("received_on") != nil {
            reader.report(.notPermitted("received_on", "the gateway records the day the request arrived"))
        }
        let agency = reader.identifier("agency", AgencyID.self, required: "name the requesting agency")
        let officer = reader.identifier("officer", OfficerID.self, required: "name the requesting officer")
        let countersignatory = reader.identifier("countersignatory", OfficerID.self)
        let caseReference = reader.string("case_reference", required: "give the agency's case reference")
        let agreement = reader.identifier(
            "agreement", AgreementID.self, required: "name the agreement the request is made under")
        let purpose = reader.code(
            RequestPurpose.self, "purpose", kind: "a request purpose", required: "say why the details are needed")
        let offence = reader.object("offence", kind: "an offence", Offence.read)
        let offenceFailed = offence == nil && reader.value("offence") != nil
        let legalBasis = reader.code(
            LegalBasis.self, "legal_basis", kind: "a legal basis", required: "every request states its legal basis")
        let means = reader.codes(OtherMeans.self, "other_means_tried", kind: "a means of finding someone")
        let urgency = reader.code(Urgency.self, "urgency", kind: "an urgency")
        let embargo = reader.object("embargo", kind: "an embargo", Embargo.read)
        let embargoFailed = embargo == nil && reader.value("embargo") != nil
        let subject = reader.object(
            "subject", kind: "a subject", required: "say who the request is about", SubjectIdentifiers.read)
        let fields = reader.codes(
            FieldCategory.self, "requested_fields", kind: "a field category",
            required: "list the field categories asked for")
        for problem in Self.countersignatureProblems(officer: officer, countersignatory: countersignatory) {
            reader.report(problem)
        }
        for problem in fields.map({ Self.fieldProblems(Set($0)) }) ?? [] { reader.report(problem) }
        if let received {
            let problems = Self.dateProblems(receivedOn: received, embargo: embargo, birthDate: subject?.birthDate)
            for problem in problems { reader.report(problem) }
        }
        guard reader.problems.isEmpty, let id, let received, let agency, let officer, let caseReference,
            let agreement, let purpose, let legalBasis, let subject, let fields, !offenceFailed, !embargoFailed
        else { return nil }
        return DisclosureRequest(
            id: id, agency: agency, officer: officer, countersignatory: countersignatory,
            caseReference: caseReference, agreement: agreement, purpose: purpose, offence: offence,
            legalBasis: legalBasis, otherMeansTried: means ?? [], urgency: urgency ?? .routine, embargo: embargo,
            subject: subject, requestedFields: Set(fields), receivedOn: received)
    }
}
