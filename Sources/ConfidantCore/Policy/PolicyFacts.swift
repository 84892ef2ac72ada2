/// The attributes of one decision, flattened into integers (codes as positions,
/// sets as bit masks, dates as days, decimals as millionths) so compiled conditions
/// read them without strings, lookups or allocation.
///
/// Built from a ``PolicyInput`` for a real decision, or from a test's settings on top
/// of ``init(baselineOn:)``.
struct PolicyFacts: Sendable {
    var agencyKind = AgencyKind.other.policyOrdinal
    var agencyID = "test-agency"
    var agreementID = "test-agreement"
    var agreementStatus = AgreementStatus.active.policyOrdinal
    var agreementPurposes = Self.allPurposes
    var agreementFields = Self.allButClinical
    var agreementLegalBases = Self.allLegalBases
    /// Whether the request, agency and agreement name each other (not an attribute).
    var agreementMatchesAgency = true
    var purpose = RequestPurpose.detectionOfCrime.policyOrdinal
    var legalBasis = LegalBasis.crimeAndTaxation.policyOrdinal
    var otherMeansTried = 1
    var urgency = Urgency.routine.policyOrdinal
    var embargoed = 0
    var countersigned = 1
    var requestedFields = Self.ordinaryRequest
    var receivedOn: Int
    var decidedOn: Int
    var byNHSNumber = 0
    /// 0 for none, else the category's position plus one.
    var offenceCategory = 0
    var offenceMaxSentence = 0
    var securityLabel = SecurityLabel.unrestricted.policyOrdinal
    var deceased = 0
    var optedOut = 0
    var traceOutcome = TraceOutcome.uniqueMatch.policyOrdinal
    /// In millionths.
    var traceScore = 1_000_000
    var traceCandidates = 1

    static let allPurposes = RequestPurpose.mask(RequestPurpose.allCases)
    static let allLegalBases = LegalBasis.mask(LegalBasis.allCases)
    static let allButClinical = FieldCategory.mask(FieldCategory.allCases.filter { $0 != .clinical })
    static let ordinaryRequest = FieldCategory.mask([.identity, .demographics, .location, .registration])

    /// The facts a policy test starts from: an ordinary, well-formed request on `date`
    /// (see the attribute reference for each default).
    init(baselineOn date: CalendarDate) {
        receivedOn = date.daysSinceEpoch
        decidedOn = date.daysSinceEpoch
    }

    /// The facts of a real request.
    init(_ input: borrowing PolicyInput) {
        receivedOn = input.request.receivedOn.daysSinceEpoch
        decidedOn = input.decidedOn.daysSinceEpoch
        agencyKind = input.agency.kind.policyOrdinal
        agencyID = input.agency.id.value
        agreementID = input.agreement.id.value
        agreementStatus = input.agreement.status(on: input.decidedOn)?.policyOrdinal ?? PolicyEnumeration.notInForce
        agreementPurposes = RequestPurpose.mask(input.agreement.purposes)
        agreementFields = FieldCategory.mask(input.agreement.permittedFields)
        agreementLegalBases = LegalBasis.mask(input.agreement.legalBases)
        agreementMatchesAgency =
            input.request.agency == input.agency.id && input.agreement.agency == input.agency.id
            && input.request.agreement == input.agreement.id
        purpose = input.request.purpose.policyOrdinal
        legalBasis = input.request.legalBasis.policyOrdinal
        otherMeansTried = input.request.otherMeansTried.isEmpty ? 0 : 1
        urgency = input.request.urgency.policyOrdinal
        embargoed = input.request.embargo == nil ? 0 : 1
        countersigned = input.request.isCountersigned ? 1 : 0
        requestedFields = FieldCategory.mask(input.request.requestedFields)
        byNHSNumber = input.request.subject.nhsNumber == nil ? 0 : 1
        offenceCategory = input.request.offence?.category.map { $0.policyOrdinal + 1 } ?? 0
        offenceMaxSentence = input.request.offence?.maxSentenceMonths ?? 0
        securityLabel = input.patient.securityLabel.policyOrdinal
        deceased = input.patient.isDeceased ? 1 : 0
        optedOut = input.patient.hasOptedOut ? 1 : 0
        traceOutcome = input.trace.outcome.policyOrdinal
        traceScore = Int((min(max(input.trace.score, 0), 1) * 1_000_000).rounded())
        traceCandidates = input.trace.candidates
    }
}
