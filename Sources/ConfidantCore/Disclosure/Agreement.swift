/// An agreement under which an agency may ask for patients' details: its purposes,
/// the field categories it can ever cover, the legal bases it relies on, when it is
/// in force, and its status history.
///
/// Whatever a policy allows, nothing outside ``permittedFields`` is released under
/// this agreement, and a request whose purpose or legal basis the agreement does not
/// cover is refused. Status changes take effect on their day: a suspended agreement
/// holds its requests, a withdrawn one refuses them.
public struct Agreement: Hashable, Sendable {
    /// The agreement's identifier.
    public var id: AgreementID
    /// The agency that may use the agreement.
    public var agency: AgencyID
    /// Its name, as published ("Memorandum of Understanding, January 2017").
    public var title: String
    /// The purposes requests under it may have.
    public var purposes: Set<RequestPurpose>
    /// The most the agreement can ever release; never ``FieldCategory/clinical``.
    public var permittedFields: Set<FieldCategory>
    /// The legal bases requests under it may rely on.
    public var legalBases: Set<LegalBasis>
    /// The first day the agreement can be used.
    public var effectiveFrom: CalendarDate
    /// The last day it can be used, if it has an end date.
    public var effectiveUntil: CalendarDate?
    /// Status changes in date order; the first is usually `active` on ``effectiveFrom``.
    public var statusHistory: [AgreementStatusChange]

    /// Creates an agreement; ``validationProblems()`` checks it.
    public init(
        id: AgreementID,
        agency: AgencyID,
        title: String,
        purposes: Set<RequestPurpose>,
        permittedFields: Set<FieldCategory>,
        legalBases: Set<LegalBasis>,
        effectiveFrom: CalendarDate,
        effectiveUntil: CalendarDate? = nil,
        statusHistory: [AgreementStatusChange]
    ) {
        self.id = id
        self.agency = agency
        self.title = title
        self.purposes = purposes
        self.permittedFields = permittedFields
        self.legalBases = legalBases
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.statusHistory = statusHistory
    }

    /// The agreement's status on `date`, or `nil` when it is not in force that day
    /// (before ``effectiveFrom``, after ``effectiveUntil``, or before its first status).
    public func status(on date: CalendarDate) -> AgreementStatus? {
        guard date >= effectiveFrom else { return nil }
        if let effectiveUntil, date > effectiveUntil { return nil }
        var status: AgreementStatus?
        for index in statusHistory.indices {
            guard statusHistory[index].on <= date else { break }
            status = statusHistory[index].status
        }
        return status
    }

    /// Records a status change, effective from `change.on`.
    ///
    /// - Returns: the problems that stop the change (out of date order, after a withdrawal).
    public mutating func record(_ change: AgreementStatusChange) -> [ValidationProblem] {
        var changed = self
        changed.statusHistory.append(change)
        let problems = changed.validationProblems()
        if problems.isEmpty { self = changed }
        return problems
    }
}
