import ConfidantCore
import ConfidantStore
import Foundation

extension DisclosureGateway {
    /// The review queue: requests waiting for a reviewer or an approver, oldest first.
    public func queue(for principal: Principal, after: RequestID? = nil, limit: Int = 100) async throws
        -> [RequestSummary]
    {
        _ = try staff(principal)
        return try await store.requests(
            RequestFilter(statuses: [.awaitingReview, .awaitingApproval], after: after, limit: limit)
        ).map(RequestSummary.init)
    }

    /// Records a reviewer's public-interest test; a recommended release then waits for approval.
    ///
    /// - Throws: `forbidden` unless the principal may review; ``GatewayError/conflict(_:)``
    ///   if the request is not awaiting review, the test is incomplete, or it widens the policy's fields.
    public func review(_ id: RequestID, test: PublicInterestTest, by principal: Principal) async throws
        -> RequestView
    {
        let role = try staff(principal)
        guard role.mayReview else { throw GatewayError.forbidden("an approver does not review requests") }
        return try await act(on: id, by: principal) { history in
            try await requireAgreementInForce(history.request)
            return [.reviewed(test)]
        }
    }

    /// Approves a recommended release and releases exactly the fields the reviewer recommended.
    ///
    /// - Throws: `forbidden` unless the principal may approve; ``GatewayError/conflict(_:)``
    ///   (`same-reviewer-and-approver`) if they reviewed this request themselves.
    public func approve(_ id: RequestID, by principal: Principal) async throws -> RequestView {
        let role = try staff(principal)
        guard role.mayApprove else { throw GatewayError.forbidden("a reviewer does not approve releases") }
        return try await act(on: id, by: principal) { history in
            try await requireAgreementInForce(history.request)
            guard case .release(let fields)? = history.state.review?.recommendation else { return [.approved] }
            return [.approved, .released(fields: fields)]
        }
    }

    /// Refuses a request under review, with the reason the agency will be given.
    public func refuse(_ id: RequestID, reason: String, by principal: Principal) async throws -> RequestView {
        _ = try staff(principal)
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw GatewayError.invalid([.missing("reason", "a refusal states its reason")])
        }
        return try await act(on: id, by: principal) { _ in [.refused(reason: reason)] }
    }

    /// Ends an embargo: the patient's view may now show the request.
    public func liftEmbargo(_ id: RequestID, by principal: Principal) async throws -> RequestView {
        _ = try staff(principal)
        return try await act(on: id, by: principal) { _ in [.embargoLifted] }
    }

    /// Appends the events `next` derives from the request's history, under its lock.
    func act(
        on id: RequestID, by principal: Principal, actor: RequestActor? = nil,
        _ next: (RequestHistory) async throws -> [RequestEvent.Body]
    ) async throws -> RequestView {
        try await requestLocks.withLock(id) {
            let history = try await RequestHistory.load(id, from: store)
            let bodies = try await next(history)
            let events = bodies.enumerated().map { offset, body in
                RequestEvent(
                    sequence: history.state.eventCount + offset, recordedAt: now, actor: actor ?? principal.actor,
                    body: body)
            }
            let updated = try await append(
                events, to: history.request, startingFrom: history.state, previous: history.events,
                previousIndices: history.logIndices)
            return RequestView(updated, for: principal)
        }
    }

    /// Nothing is reviewed or released under an agreement that is not active today (a
    /// request that escaped a suspension's sweep is caught here).
    func requireAgreementInForce(_ request: DisclosureRequest) async throws {
        let status = try await store.agreement(request.agreement)?.status(on: today)
        guard status == .active else {
            throw GatewayError.conflict(
                LifecycleViolation(
                    .outOfOrder,
                    "the agreement \(request.agreement) is \(status?.rawValue ?? "not in force"): nothing is reviewed "
                        + "or released under it"))
        }
    }

    /// The staff member's role, or `forbidden` for an agency.
    func staff(_ principal: Principal) throws -> StaffRole {
        guard case .staff(_, let role) = principal else {
            throw GatewayError.forbidden("only the health body's staff may do this")
        }
        return role
    }
}
