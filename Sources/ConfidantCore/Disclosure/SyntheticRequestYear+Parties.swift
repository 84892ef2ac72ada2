extension SyntheticRequestYear {
    /// An agency with its one agreement and its officers.
    struct Party: Sendable {
        var agency: Agency
        var agreement: Agreement
        var officers: [OfficerID]
        var seniors: [OfficerID]
    }

    /// The agencies of the synthetic year.
    struct Parties: Sendable {
        var homeOffice: Party
        var police: [Party]
        var nationalCrimeAgency: Party
        var court: Party
        var coroner: Party
        var safeguarding: Party

        var all: [Party] { [homeOffice] + police + [nationalCrimeAgency, court, coroner, safeguarding] }
    }

    static let yearStart = CalendarDate(daysSinceEpoch: 16_801)  // 2016-01-01

    static func parties() -> Parties {
        let lawEnforcementPurposes: Set<RequestPurpose> = [
            .detectionOfCrime, .preventionOfCrime, .missingPerson, .publicSecurity,
        ]
        let lawEnforcementBases: Set<LegalBasis> = [.crimeAndTaxation, .courtOrder, .vitalInterests]
        let tracing: Set<FieldCategory> = [.identity, .demographics, .location, .registration]
        func police(_ id: String, _ name: String) -> Party {
            party(
                id, name, .police, purposes: lawEnforcementPurposes, fields: tracing.union([.contact]),
                bases: lawEnforcementBases)
        }
        return Parties(
            homeOffice: party(
                "home-office-ie", "Home Office Immigration Enforcement", .immigrationEnforcement,
                purposes: [.immigrationEnforcement, .deportation, .publicSecurity, .missingPerson], fields: tracing,
                bases: [.immigrationControl, .crimeAndTaxation]),
            police: [
                police("met-police", "Metropolitan Police Service"),
                police("west-midlands-police", "West Midlands Police"),
                police("greater-manchester-police", "Greater Manchester Police"),
            ],
            nationalCrimeAgency: party(
                "nca", "National Crime Agency", .nationalCrimeAgency, purposes: lawEnforcementPurposes,
                fields: tracing.union([.contact]), bases: lawEnforcementBases),
            court: party(
                "family-court-leeds", "Family Court at Leeds", .court, purposes: [.courtProceedings], fields: tracing,
                bases: [.courtOrder, .legalProceedings]),
            coroner: party(
                "coroner-inner-london", "HM Coroner, Inner London", .coroner, purposes: [.inquest],
                fields: tracing.union([.serviceUsage]), bases: [.coronerRequirement]),
            safeguarding: party(
                "leeds-safeguarding", "Leeds City Council Safeguarding", .localAuthoritySafeguarding,
                purposes: [.safeguarding], fields: tracing.union([.contact]), bases: [.safeguardingDuty]))
    }

    private static func party(
        _ id: String, _ name: String, _ kind: AgencyKind, purposes: Set<RequestPurpose>, fields: Set<FieldCategory>,
        bases: Set<LegalBasis>
    ) -> Party {
        let agencyID = AgencyID(trusted: id)
        let agreement = Agreement(
            id: AgreementID(trusted: "\(id)-agreement"), agency: agencyID, title: "\(name): disclosure agreement",
            purposes: purposes, permittedFields: fields, legalBases: bases, effectiveFrom: yearStart,
            statusHistory: [AgreementStatusChange(status: .active, on: yearStart, reason: "signed")])
        return Party(
            agency: Agency(id: agencyID, name: name, kind: kind), agreement: agreement,
            officers: (1...12).map { OfficerID(trusted: "\(id)-officer-\($0)") },
            seniors: (1...3).map { OfficerID(trusted: "\(id)-senior-\($0)") })
    }
}
