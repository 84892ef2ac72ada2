/// What a member of staff may do in Confidant.
///
/// Roles say which kinds of step a person may take; the four-eyes rule (no one approves
/// a release they reviewed) is enforced per request by ``RequestState``, whatever the role.
public enum StaffRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Applies the public-interest test to queued requests and may refuse them.
    case reviewer
    /// Approves (or refuses) a release someone else recommended.
    case approver
    /// Everything a reviewer and an approver may do, and suspends and reinstates agreements.
    case administrator

    /// Whether this role may review a request.
    public var mayReview: Bool { self != .approver }
    /// Whether this role may approve a recommended release.
    public var mayApprove: Bool { self != .reviewer }
    /// Whether this role may suspend and reinstate agreements.
    public var mayManageAgreements: Bool { self == .administrator }
}
