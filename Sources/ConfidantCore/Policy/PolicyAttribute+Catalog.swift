extension PolicyAttribute {
    /// Every attribute policies can use, in the order of the reference table.
    public static let all: [PolicyAttribute] = agencyAndAgreement + request + subjectAndTrace

    private static func number(
        _ read: @escaping @Sendable (PolicyFacts) -> Int, _ write: @escaping @Sendable (inout PolicyFacts, Int) -> Void
    ) -> Access { .number(read: read, write: write) }

    private static func flag(_ value: Bool) -> Int { value ? 1 : 0 }

    private static let agencyAndAgreement: [PolicyAttribute] = [
        PolicyAttribute(
            "agency.kind", .code(.agencyKind), "The kind of agency asking.", default: "other",
            number({ $0.agencyKind }, { $0.agencyKind = $1 })),
        PolicyAttribute(
            "agency.id", .text, "The requesting agency's identifier.", default: "\"test-agency\"",
            .text(read: { $0.agencyID }, write: { $0.agencyID = $1 })),
        PolicyAttribute(
            "agreement.id", .text, "The identifier of the agreement the request is made under.",
            default: "\"test-agreement\"", .text(read: { $0.agreementID }, write: { $0.agreementID = $1 })),
        PolicyAttribute(
            "agreement.status", .code(.agreementStatus),
            "The agreement's status on the day of the decision; not-in-force outside its dates.", default: "active",
            number({ $0.agreementStatus }, { $0.agreementStatus = $1 })),
        PolicyAttribute(
            "agreement.purposes", .codeSet(.purpose), "The purposes the agreement covers.", default: "every purpose",
            number({ $0.agreementPurposes }, { $0.agreementPurposes = $1 })),
        PolicyAttribute(
            "agreement.fields", .codeSet(.fieldCategory), "The field categories the agreement permits.",
            default: "every category but clinical", number({ $0.agreementFields }, { $0.agreementFields = $1 })),
        PolicyAttribute(
            "agreement.legal_bases", .codeSet(.legalBasis), "The legal bases the agreement relies on.",
            default: "every legal basis", number({ $0.agreementLegalBases }, { $0.agreementLegalBases = $1 })),
    ]

    private static let request: [PolicyAttribute] = [
        PolicyAttribute(
            "request.purpose", .code(.purpose), "Why the agency asks.", default: "detection-of-crime",
            number({ $0.purpose }, { $0.purpose = $1 })),
        PolicyAttribute(
            "request.legal_basis", .code(.legalBasis), "The law the request relies on.", default: "crime-and-taxation",
            number({ $0.legalBasis }, { $0.legalBasis = $1 })),
        PolicyAttribute(
            "request.other_means_tried", .bool, "Whether the agency attests it tried other means first.",
            default: "true", number({ $0.otherMeansTried }, { $0.otherMeansTried = $1 })),
        PolicyAttribute(
            "request.urgency", .code(.urgency), "How quickly an answer is needed.", default: "routine",
            number({ $0.urgency }, { $0.urgency = $1 })),
        PolicyAttribute(
            "request.embargoed", .bool, "Whether telling the patient is delayed (until a date or a court decision).",
            default: "false", number({ $0.embargoed }, { $0.embargoed = $1 })),
        PolicyAttribute(
            "request.countersigned", .bool, "Whether a second, senior officer countersigned the request.",
            default: "true", number({ $0.countersigned }, { $0.countersigned = $1 })),
        PolicyAttribute(
            "request.fields", .codeSet(.fieldCategory), "The field categories asked for.",
            default: "[identity, demographics, location, registration]",
            number({ $0.requestedFields }, { $0.requestedFields = $1 })),
        PolicyAttribute(
            "request.received_on", .date, "The day the request arrived.", default: "the policy's effective date",
            number({ $0.receivedOn }, { $0.receivedOn = $1 })),
        PolicyAttribute(
            "request.decided_on", .date, "The day of the decision.", default: "the policy's effective date",
            number({ $0.decidedOn }, { $0.decidedOn = $1 })),
        PolicyAttribute(
            "request.by_nhs_number", .bool, "Whether the agency identified the subject by NHS number.",
            default: "false", number({ $0.byNHSNumber }, { $0.byNHSNumber = $1 })),
        PolicyAttribute(
            "offence.category", .code(.offenceCategory), "What the request is about; none when it names no category.",
            default: "none", number({ $0.offenceCategory }, { $0.offenceCategory = $1 })),
        PolicyAttribute(
            "offence.max_sentence_months", .int, "The offence's maximum sentence in months; 0 when none is given.",
            default: "0", number({ $0.offenceMaxSentence }, { $0.offenceMaxSentence = $1 })),
    ]

    private static let subjectAndTrace: [PolicyAttribute] = [
        PolicyAttribute(
            "patient.security_label", .code(.securityLabel), "The traced patient's PDS label: U, R or REDACTED.",
            default: "U", number({ $0.securityLabel }, { $0.securityLabel = $1 })),
        PolicyAttribute(
            "patient.restricted", .bool, "Whether the traced patient is restricted (label R or REDACTED).",
            default: "false", number({ flag($0.securityLabel != 0) }, { $0.securityLabel = $1 != 0 ? 1 : 0 })),
        PolicyAttribute(
            "patient.deceased", .bool, "Whether the traced patient had died by the day of the decision.",
            default: "false", number({ $0.deceased }, { $0.deceased = $1 })),
        PolicyAttribute(
            "patient.opted_out", .bool, "Whether the traced patient has a recorded data-sharing objection.",
            default: "false", number({ $0.optedOut }, { $0.optedOut = $1 })),
        PolicyAttribute(
            "trace.outcome", .code(.traceOutcome), "What the trace found.", default: "unique-match",
            number({ $0.traceOutcome }, { $0.traceOutcome = $1 })),
        PolicyAttribute(
            "trace.score", .decimal, "The best candidate's match probability, 0 to 1.", default: "1.0",
            number({ $0.traceScore }, { $0.traceScore = $1 })),
        PolicyAttribute(
            "trace.candidates", .int, "How many candidates the search matched.", default: "1",
            number({ $0.traceCandidates }, { $0.traceCandidates = $1 })),
    ]
}
