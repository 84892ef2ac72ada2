extension SyntheticRequestYear {
    private static let tracingFields: Set<FieldCategory> = [.identity, .demographics, .location, .registration]
    private static let immigrationOffences = [
        "overstaying", "absconding", "breach of reporting conditions", "illegal entry",
    ]

    /// Home Office requests: mostly immigration offences with no sentence; a few
    /// deportations after serious offences, public-security cases and missing people.
    /// Trace outcomes are dealt from a shuffled deck, so the counts are exact.
    static func homeOffice(
        _ volumes: Volumes, _ parties: Parties, _ generator: inout some RandomNumberGenerator
    ) -> [Draft] {
        let ambiguous = max(0, volumes.homeOffice - volumes.homeOfficeTraced - volumes.homeOfficeNotTraced)
        let deck = generator.shuffled(
            Array(repeating: TraceOutcome.uniqueMatch, count: volumes.homeOfficeTraced)
                + Array(repeating: .noMatch, count: volumes.homeOfficeNotTraced)
                + Array(repeating: .ambiguous, count: ambiguous))
        return deck.prefix(volumes.homeOffice).map { outcome in
            let (trace, patient) = Self.trace(outcome, &generator)
            var purpose = RequestPurpose.immigrationEnforcement
            var offence = Offence(
                category: .immigration, description: generator.element(of: immigrationOffences))
            switch generator.weighted([(0, 955), (1, 25), (2, 10), (3, 10)]) {
            case 1:
                purpose = .deportation
                offence = Offence(
                    category: generator.element(of: [.drugTrafficking, .seriousViolence, .fraud, .theft]),
                    maxSentenceMonths: generator.element(of: [12, 24, 48, 60, 84, 120, 168]),
                    description: "deportation after conviction")
            case 2:
                purpose = .publicSecurity
                offence = Offence(category: .publicSecurity)
            case 3:
                purpose = .missingPerson
                offence = Offence(category: .missingVulnerablePerson)
            default:
                break
            }
            return Draft(
                party: parties.homeOffice, received: receivedDay(&generator), purpose: purpose, offence: offence,
                legalBasis: .immigrationControl, otherMeans: generator.chance(0.97) ? [.homeOfficeRecords] : [],
                countersigned: generator.chance(0.92), subject: subject(byNumber: 0.05, &generator),
                fields: generator.chance(0.1) ? tracingFields.union([.contact]) : tracingFields, trace: trace,
                patient: patient, officer: generator.below(100), senior: generator.below(100),
                decidedAfter: generator.int(in: 0...14))
        }
    }

    /// Police and National Crime Agency requests: mostly serious crime, some minor
    /// offences, some missing people; most attest other means and are countersigned.
    static func lawEnforcement(
        _ volumes: Volumes, _ parties: Parties, _ generator: inout some RandomNumberGenerator
    ) -> [Draft] {
        let police: [(OffenceCategory?, Int)] = [
            (.murder, 30), (.manslaughter, 10), (.rape, 60), (.kidnapping, 20), (.childAbuse, 60),
            (.seriousViolence, 250), (.drugTrafficking, 150), (.fraud, 100), (.theft, 150), (.other, 120),
            (.stateSecurity, 5), (.missingVulnerablePerson, 45),
        ]
        let nca: [(OffenceCategory?, Int)] = [
            (.drugTrafficking, 400), (.fraud, 250), (.kidnapping, 60), (.childAbuse, 150), (.stateSecurity, 40),
            (.other, 100),
        ]
        let forces = (0..<volumes.police).map { _ in (generator.element(of: parties.police), police) }
        let agency = Array(repeating: (parties.nationalCrimeAgency, nca), count: volumes.nationalCrimeAgency)
        return (forces + agency).map { party, table in
            let category = generator.weighted(table)
            let missing = category == .missingVulnerablePerson
            let (trace, patient) = Self.trace(
                generator.weighted([(.uniqueMatch, 80), (.noMatch, 14), (.ambiguous, 6)]), &generator)
            var draft = Draft(
                party: party, received: receivedDay(&generator),
                purpose: missing ? .missingPerson : generator.chance(0.85) ? .detectionOfCrime : .preventionOfCrime,
                offence: Offence(category: category, maxSentenceMonths: missing ? nil : sentence(category, &generator)),
                legalBasis: missing ? .vitalInterests : generator.chance(0.95) ? .crimeAndTaxation : .courtOrder,
                urgency: generator.weighted([(.routine, 75), (.urgent, 20), (.immediateRiskToLife, 5)]),
                countersigned: generator.chance(0.94), subject: subject(byNumber: 0.3, &generator),
                fields: generator.chance(0.2) ? tracingFields.union([.contact]) : tracingFields, trace: trace,
                patient: patient, officer: generator.below(100), senior: generator.below(100),
                decidedAfter: generator.int(in: 0...10))
            if generator.chance(0.88) {
                draft.otherMeans = [generator.element(of: [.policeNationalComputer, .electoralRegister, .dvla])]
                if generator.chance(0.5) { draft.otherMeans.append(.localEnquiries) }
            }
            if generator.chance(0.3) {
                draft.embargo = .until(draft.received.adding(days: generator.int(in: 90...365)))
            }
            return draft
        }
    }

    /// The maximum sentence, in months, of an offence in `category`.
    private static func sentence(_ category: OffenceCategory?, _ generator: inout some RandomNumberGenerator) -> Int {
        switch category {
        case .murder?, .manslaughter?, .rape?, .kidnapping?, .stateSecurity?: Offence.maximumMonths
        case .childAbuse?, .drugTrafficking?: generator.element(of: [120, 168, Offence.maximumMonths])
        case .seriousViolence?, .fraud?: generator.element(of: [60, 84, 120])
        case .theft?: 84
        default: generator.element(of: [1, 3, 6])
        }
    }
}
