/// Who is calling: an agency's officer, or a member of the health body's staff.
///
/// An API key belongs to exactly one principal. An officer sees only their own agency's
/// requests; staff see the review queue but act only within their ``StaffRole``.
public enum Principal: Hashable, Sendable {
    /// An officer of an agency, who submits and follows that agency's requests.
    case officer(agency: AgencyID, officer: OfficerID)
    /// A member of staff, by identifier, with their role.
    case staff(id: String, role: StaffRole)

    /// The agency the principal acts for, if an officer.
    public var agency: AgencyID? {
        if case .officer(let agency, _) = self { return agency }
        return nil
    }

    /// The request actor this principal appears as in a request's history.
    public var actor: RequestActor {
        switch self {
        case .officer(_, let officer): .officer(officer.value)
        case .staff(let id, _): .staff(id)
        }
    }
}
