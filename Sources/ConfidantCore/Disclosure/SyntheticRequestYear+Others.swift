extension SyntheticRequestYear {
    /// Court, coroner and local-authority safeguarding requests.
    static func others(
        _ volumes: Volumes, _ parties: Parties, _ generator: inout some RandomNumberGenerator
    ) -> [Draft] {
        let tracing: Set<FieldCategory> = [.identity, .demographics, .location, .registration]
        let kinds =
            Array(repeating: AgencyKind.court, count: volumes.courts)
            + Array(repeating: .coroner, count: volumes.coroners)
            + Array(repeating: .localAuthoritySafeguarding, count: volumes.safeguarding)
        return kinds.map { kind in
            let (trace, patient) = Self.trace(
                generator.weighted([(.uniqueMatch, 85), (.noMatch, 10), (.ambiguous, 5)]), &generator)
            let received = receivedDay(&generator)
            var draft = Draft(
                party: parties.court, received: received, purpose: .courtProceedings, legalBasis: .courtOrder,
                subject: subject(byNumber: 0.6, &generator), fields: tracing, trace: trace, patient: patient,
                officer: generator.below(100), senior: generator.below(100), decidedAfter: generator.int(in: 0...7))
            switch kind {
            case .coroner:
                draft.party = parties.coroner
                draft.purpose = .inquest
                draft.legalBasis = .coronerRequirement
                draft.fields = tracing.union([.serviceUsage])
                if trace.outcome == .uniqueMatch { draft.patient.isDeceased = generator.chance(0.97) }
            case .localAuthoritySafeguarding:
                draft.party = parties.safeguarding
                draft.purpose = .safeguarding
                draft.legalBasis = .safeguardingDuty
                draft.urgency = generator.chance(0.3) ? .urgent : .routine
                draft.fields = generator.chance(0.5) ? tracing.union([.contact]) : tracing
            default:
                draft.legalBasis = generator.chance(0.9) ? .courtOrder : .legalProceedings
                draft.countersigned = false
            }
            return draft
        }
    }
}
