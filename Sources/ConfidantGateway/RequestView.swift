import ConfidantCore
import ConfidantStore

/// A request as one party may see it: what was asked, where it stands, why, and each
/// event with its place in the transparency log.
///
/// An agency sees its own request, the decision and its reasons, and the trace's outcome;
/// only staff see the trace's candidates (other people's NHS numbers) and the review.
public struct RequestView: Sendable, Encodable {
    public var id: RequestID
    public var status: RequestStatus
    public var request: DisclosureRequest
    public var updatedAt: String
    public var trace: TraceView?
    public var decision: PolicyDecision?
    public var review: PublicInterestTest?
    public var reviewer: String?
    public var approver: String?
    public var refusalReason: String?
    public var releasedFields: [FieldRelease]
    public var embargoed: Bool
    public var events: [EventView]

    /// What the trace found, as much as the audience may see.
    public struct TraceView: Sendable, Encodable {
        public var outcome: TraceOutcome
        /// How many candidates the search considered.
        public var candidateCount: Int
        /// The candidates themselves, for staff only.
        public var candidates: [TraceRecord.Candidate]?

        private enum CodingKeys: String, CodingKey {
            case outcome, candidates
            case candidateCount = "candidate_count"
        }
    }

    /// One event: its kind, when, and the leaf that commits to it.
    public struct EventView: Sendable, Encodable {
        public var sequence: Int
        public var kind: RequestEvent.Kind
        public var recordedAt: String
        public var logIndex: UInt64?

        private enum CodingKeys: String, CodingKey {
            case sequence, kind
            case recordedAt = "recorded_at"
            case logIndex = "log_index"
        }
    }

    init(_ history: RequestHistory, for principal: Principal) {
        let state = history.state
        let isStaff = principal.agency == nil
        id = history.request.id
        status = state.status
        request = history.request
        updatedAt = history.projection.updatedAt
        trace = state.trace.map {
            TraceView(
                outcome: $0.outcome, candidateCount: $0.candidates.count, candidates: isStaff ? $0.candidates : nil)
        }
        decision = state.decision
        review = isStaff ? state.review : nil
        reviewer = isStaff ? state.reviewer : nil
        approver = isStaff ? state.approver : nil
        refusalReason = state.refusalReason
        releasedFields = state.releasedFields
        embargoed = state.isEmbargoed
        events = zip(history.events, history.logIndices).map { event, index in
            EventView(
                sequence: event.sequence, kind: event.kind, recordedAt: DisclosureGateway.timestamp(event.recordedAt),
                logIndex: index)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, status, request, trace, decision, review, reviewer, approver, embargoed, events
        case updatedAt = "updated_at"
        case refusalReason = "refusal_reason"
        case releasedFields = "released_fields"
    }
}
