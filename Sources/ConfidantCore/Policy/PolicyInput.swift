/// Everything a policy decides on: the request, its agency and agreement, the trace
/// result, the traced patient's flags, and the day of the decision.
///
/// The agreement's status is taken on ``decidedOn``, so a suspension recorded this
/// morning holds a request received last week.
public struct PolicyInput: Hashable, Sendable {
    /// The request.
    public var request: DisclosureRequest
    /// The requesting agency.
    public var agency: Agency
    /// The agreement the request names.
    public var agreement: Agreement
    /// What the trace found.
    public var trace: TraceSummary
    /// The traced patient's flags (``PatientFlags/unknown`` when no single patient was traced).
    public var patient: PatientFlags
    /// The day of the decision: the policy version and agreement status are those of this day.
    public var decidedOn: CalendarDate

    /// Gathers a decision's inputs.
    public init(
        request: DisclosureRequest, agency: Agency, agreement: Agreement, trace: TraceSummary,
        patient: PatientFlags, decidedOn: CalendarDate
    ) {
        self.request = request
        self.agency = agency
        self.agreement = agreement
        self.trace = trace
        self.patient = patient
        self.decidedOn = decidedOn
    }
}
