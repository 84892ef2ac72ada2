extension SyntheticRequestYear {
    /// One generated request before it gets its id (ids follow the order of arrival).
    struct Draft: Sendable {
        var party: Party
        var received: CalendarDate
        var purpose: RequestPurpose
        var offence: Offence?
        var legalBasis: LegalBasis
        var otherMeans: [OtherMeans] = []
        var urgency: Urgency = .routine
        var countersigned = true
        var embargo: Embargo?
        var subject: SubjectIdentifiers
        var fields: Set<FieldCategory>
        var trace: TraceSummary
        var patient: PatientFlags = .unknown
        var officer: Int
        var senior: Int
        var decidedAfter: Int

        func input(number: Int, year: Int) -> PolicyInput {
            let digits = String(number)
            let serial = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
            let officerID = party.officers[officer % party.officers.count]
            let request = DisclosureRequest(
                id: RequestID(trusted: "req-\(year)-\(serial)"), agency: party.agency.id, officer: officerID,
                countersignatory: countersigned ? party.seniors[senior % party.seniors.count] : nil,
                caseReference: "\(party.agency.id.value.uppercased())/\(year)/\(serial)",
                agreement: party.agreement.id, purpose: purpose, offence: offence, legalBasis: legalBasis,
                otherMeansTried: otherMeans, urgency: urgency, embargo: embargo, subject: subject,
                requestedFields: fields, receivedOn: received)
            return PolicyInput(
                request: request, agency: party.agency, agreement: party.agreement, trace: trace, patient: patient,
                decidedOn: received.adding(days: decidedAfter))
        }
    }

    /// A trace result and patient flags for `outcome`.
    static func trace(
        _ outcome: TraceOutcome, _ generator: inout some RandomNumberGenerator
    ) -> (TraceSummary, PatientFlags) {
        switch outcome {
        case .uniqueMatch:
            let patient = PatientFlags(
                securityLabel: generator.chance(0.001) ? .restricted : .unrestricted,
                hasOptedOut: generator.chance(0.03))
            let score = generator.chance(0.8) ? 1 : Double(generator.int(in: 900...999)) / 1000
            return (TraceSummary(outcome: .uniqueMatch, score: score, candidates: 1), patient)
        case .ambiguous:
            let score = Double(generator.int(in: 600...900)) / 1000
            return (TraceSummary(outcome: .ambiguous, score: score, candidates: generator.int(in: 2...4)), .unknown)
        case .noMatch:
            let score = Double(generator.int(in: 0...500)) / 1000
            return (TraceSummary(outcome: .noMatch, score: score, candidates: generator.int(in: 0...2)), .unknown)
        }
    }

    /// A day from 1 January to 30 November 2016.
    static func receivedDay(_ generator: inout some RandomNumberGenerator) -> CalendarDate {
        yearStart.adding(days: generator.below(335))
    }
}
