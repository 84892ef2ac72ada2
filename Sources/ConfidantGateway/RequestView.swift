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
    public var review: ReviewView?
    public var reviewer: String?
    public var approver: String?
    public var refusalReason: String?
    public var releasedFields: [FieldRelease]
    public var embargoed: Bool
    public var events: [EventView]

    /// What the trace found, as much as the audience may see.
    public struct TraceView: Sendable, Encodable {
        public var outcome: TraceOutcome
        /// How many candidates the request's history keeps (at most ten).
        public var candidateCount: Int
        /// The candidates kept in the request's history (at most ten, best first), for staff only.
        public var candidates: [CandidateView]?

        private enum CodingKeys: String, CodingKey {
            case outcome, candidates
            case candidateCount = "candidate_count"
        }
    }

    /// One trace candidate as the API writes it.
    public struct CandidateView: Sendable, Encodable {
        public var nhsNumber: NHSNumber
        public var probability: Double

        private enum CodingKeys: String, CodingKey {
            case probability
            case nhsNumber = "nhs_number"
        }
    }

    /// The reviewer's public-interest test, in the shape `POST …/review` accepts.
    public struct ReviewView: Sendable, Encodable {
        var test: PublicInterestTest

        private enum CodingKeys: String, CodingKey {
            case seriousness, necessary, proportionate, aim, notes, recommendation, fields, reason
            case harmToPatient = "harm_to_patient"
            case harmToTrust = "harm_to_trust"
            case lessDataWouldDo = "less_data_would_do"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(test.seriousness, forKey: .seriousness)
            try container.encode(test.necessary, forKey: .necessary)
            try container.encode(test.proportionate, forKey: .proportionate)
            try container.encode(test.harmToPatient, forKey: .harmToPatient)
            try container.encode(test.harmToTrust, forKey: .harmToTrust)
            try container.encode(test.lessDataWouldDo, forKey: .lessDataWouldDo)
            try container.encode(test.aim, forKey: .aim)
            try container.encode(test.notes, forKey: .notes)
            switch test.recommendation {
            case .release(let fields):
                try container.encode("release", forKey: .recommendation)
                try container.encode(fields, forKey: .fields)
            case .refuse(let reason):
                try container.encode("refuse", forKey: .recommendation)
                try container.encode(reason, forKey: .reason)
            }
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
        trace = state.trace.map { record in
            let candidates = record.candidates.map {
                CandidateView(nhsNumber: $0.nhsNumber, probability: $0.probability)
            }
            return TraceView(
                outcome: record.outcome, candidateCount: record.candidates.count,
                candidates: isStaff ? candidates : nil)
        }
        decision = state.decision
        review = isStaff ? state.review.map { ReviewView(test: $0) } : nil
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
