/// A request's state: a fold over its events, never stored on its own.
///
/// ``applying(_:)`` is the only way to move it on, and it refuses any event that does
/// not follow from the current state, including an approval by the reviewer (four eyes).
public struct RequestState: Hashable, Sendable {
    public internal(set) var status: RequestStatus
    /// How many events have been applied; the next event's sequence number.
    public internal(set) var eventCount: Int
    public internal(set) var trace: TraceRecord?
    /// The latest policy decision (a held request is decided again on reinstatement).
    public internal(set) var decision: PolicyDecision?
    public internal(set) var review: PublicInterestTest?
    /// The staff member who reviewed, who may not also approve.
    public internal(set) var reviewer: String?
    public internal(set) var approver: String?
    /// The fields released, once ``status`` is `released`.
    public internal(set) var releasedFields: [FieldRelease]
    /// Whether the request is hidden from the patient's view until an embargo ends.
    public internal(set) var isEmbargoed: Bool
    public internal(set) var refusalReason: String?

    /// The state of a request before any event: `isEmbargoed` comes from the request itself.
    public init(embargoed: Bool) {
        status = .received
        eventCount = 0
        releasedFields = []
        isEmbargoed = embargoed
    }

    /// The state after all of `events`, in order.
    ///
    /// - Throws: ``LifecycleViolation`` at the first event that does not follow.
    public static func folding(_ events: [RequestEvent], embargoed: Bool) throws(LifecycleViolation) -> RequestState {
        var state = RequestState(embargoed: embargoed)
        for event in events { state = try state.applying(event) }
        return state
    }
}
