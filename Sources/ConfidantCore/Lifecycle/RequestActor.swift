/// Who caused a request event: an agency's officer, a member of staff, or Confidant itself.
public enum RequestActor: Hashable, Sendable, Codable {
    /// An officer of the requesting agency, by their identifier.
    case officer(String)
    /// A member of staff (reviewer, approver), by their identifier.
    case staff(String)
    /// Confidant (trace, policy, scheduled embargo release).
    case system

    /// The staff identifier, if a member of staff acted.
    public var staffID: String? {
        if case .staff(let id) = self { return id }
        return nil
    }
}
