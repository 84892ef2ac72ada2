/// Where a request stands, derived from its events.
public enum RequestStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Arrived; not yet traced.
    case received
    /// Traced; waiting for the policy.
    case traced
    /// Its agreement is suspended: waiting, undecided, until it is reinstated.
    case held
    /// The policy allows a release: waiting for a reviewer's public-interest test.
    case awaitingReview = "awaiting-review"
    /// A reviewer recommended release: waiting for a second person to approve.
    case awaitingApproval = "awaiting-approval"
    /// Approved by a second person: the release is being prepared.
    case approved
    /// Released (final).
    case released
    /// Refused, by the policy or by a person (final).
    case refused

    /// Whether nothing more can happen to the request (apart from lifting an embargo).
    public var isSettled: Bool { self == .released || self == .refused }
}
