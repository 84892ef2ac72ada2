import ConfidantCore

/// A ``ConfidantCore/Principal`` as the columns both adapters store it in.
public struct PrincipalColumns: Hashable, Sendable {
    /// `officer` or `staff`.
    public var kind: String
    public var agencyID: String?
    public var officerID: String?
    public var staffID: String?
    public var staffRole: String?

    public init(kind: String, agencyID: String?, officerID: String?, staffID: String?, staffRole: String?) {
        self.kind = kind
        self.agencyID = agencyID
        self.officerID = officerID
        self.staffID = staffID
        self.staffRole = staffRole
    }

    public init(_ principal: Principal) {
        switch principal {
        case .officer(let agency, let officer):
            self.init(kind: "officer", agencyID: agency.value, officerID: officer.value, staffID: nil, staffRole: nil)
        case .staff(let id, let role):
            self.init(kind: "staff", agencyID: nil, officerID: nil, staffID: id, staffRole: role.rawValue)
        }
    }

    /// The principal these columns hold.
    ///
    /// - Throws: ``StoreError`` `corrupt` if the columns do not make one.
    public func principal() throws -> Principal {
        switch kind {
        case "officer":
            guard let agencyID, let officerID, let agency = try? AgencyID(agencyID),
                let officer = try? OfficerID(officerID)
            else { break }
            return .officer(agency: agency, officer: officer)
        case "staff":
            guard let staffID, let role = staffRole.flatMap(StaffRole.init(rawValue:)) else { break }
            return .staff(id: staffID, role: role)
        default: break
        }
        throw StoreError.corrupt("a stored API key names no valid principal")
    }
}
