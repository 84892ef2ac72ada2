/// Each code's position in its ``PolicyEnumeration``, so facts hold codes as small
/// integers and sets of codes as bit masks: no strings on the decision path.
///
/// The order is the declaration order (`allCases`); `PolicyEnumerationTests` checks it.
protocol PolicyCoded: CaseIterable, Hashable {
    var policyOrdinal: Int { get }
}

extension PolicyCoded {
    /// The bit mask of a set of codes.
    static func mask(_ codes: some Sequence<Self>) -> Int {
        var mask = 0
        for code in codes { mask |= 1 << code.policyOrdinal }
        return mask
    }
}

extension AgencyKind: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .immigrationEnforcement: 0
        case .police: 1
        case .nationalCrimeAgency: 2
        case .court: 3
        case .coroner: 4
        case .localAuthoritySafeguarding: 5
        case .other: 6
        }
    }
}

extension RequestPurpose: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .immigrationEnforcement: 0
        case .deportation: 1
        case .detectionOfCrime: 2
        case .preventionOfCrime: 3
        case .publicSecurity: 4
        case .missingPerson: 5
        case .safeguarding: 6
        case .courtProceedings: 7
        case .inquest: 8
        }
    }
}

extension LegalBasis: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .crimeAndTaxation: 0
        case .immigrationControl: 1
        case .courtOrder: 2
        case .statutoryDuty: 3
        case .legalProceedings: 4
        case .coronerRequirement: 5
        case .safeguardingDuty: 6
        case .vitalInterests: 7
        }
    }
}

extension OffenceCategory: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .murder: 0
        case .manslaughter: 1
        case .rape: 2
        case .kidnapping: 3
        case .childAbuse: 4
        case .stateSecurity: 5
        case .seriousViolence: 6
        case .drugTrafficking: 7
        case .fraud: 8
        case .theft: 9
        case .immigration: 10
        case .publicSecurity: 11
        case .missingVulnerablePerson: 12
        case .other: 13
        }
    }
}

extension Urgency: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .routine: 0
        case .urgent: 1
        case .immediateRiskToLife: 2
        }
    }
}

extension AgreementStatus: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .active: 0
        case .suspended: 1
        case .withdrawn: 2
        }
    }
}

extension FieldCategory: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .identity: 0
        case .demographics: 1
        case .location: 2
        case .contact: 3
        case .registration: 4
        case .serviceUsage: 5
        case .clinical: 6
        }
    }
}

extension SecurityLabel: PolicyCoded {
    var policyOrdinal: Int {
        switch self {
        case .unrestricted: 0
        case .restricted: 1
        case .redacted: 2
        }
    }
}
