import ConfidantCore
import ConfidantStore
import Foundation

extension DisclosureGateway {
    /// What a suspension or reinstatement changed.
    public struct AgreementChange: Sendable, Hashable, Encodable {
        public var agreement: AgreementID
        public var status: AgreementStatus
        /// The requests held (on suspension) or decided again (on reinstatement).
        public var requests: [RequestID]
    }

    /// Suspends an agreement from today, at once: requests under it that no person has
    /// settled are held, and new ones are held on arrival, never decided under its terms.
    public func suspend(_ id: AgreementID, reason: String, by principal: Principal) async throws -> AgreementChange {
        try await agreementLocks.withLock(id) {
            try await changeStatus(of: id, to: .suspended, reason: reason, by: principal)
            // Decisions that read the agreement before it was saved finish first, then are caught here.
            await agreementGate.drain(id)
            var held: [RequestID] = []
            for projection in try await allRequests(
                under: id, in: [.received, .traced, .awaitingReview, .awaitingApproval])
            {
                do {
                    _ = try await act(on: projection.id, by: principal, actor: .system) { history in
                        let status = history.state.status
                        guard !status.isSettled, status != .held, status != .approved else { return [] }
                        return [.held(reason: "the agreement \(id) was suspended: \(reason)")]
                    }
                    held.append(projection.id)
                } catch GatewayError.conflict {
                    continue  // settled or moved on meanwhile: nothing to hold
                }
            }
            return AgreementChange(agreement: id, status: .suspended, requests: held)
        }
    }

    /// Reinstates an agreement from today and decides its held requests again, under the
    /// policy in force today.
    public func reinstate(_ id: AgreementID, reason: String, by principal: Principal) async throws -> AgreementChange {
        guard policies.inForce(on: today) != nil else {
            throw GatewayError.unavailable("no policy is in force today; the agreement was not reinstated")
        }
        return try await agreementLocks.withLock(id) {
            let agreement = try await changeStatus(of: id, to: .active, reason: reason, by: principal)
            guard let agency = try await store.agency(agreement.agency) else {
                throw StoreError.corrupt("the agreement \(id) names no stored agency")
            }
            var decided: [RequestID] = []
            for projection in try await allRequests(under: id, in: [.held]) {
                do {
                    _ = try await act(on: projection.id, by: principal, actor: .system) { history in
                        guard history.state.status == .held, let trace = history.state.trace else { return [] }
                        let event = try await decision(
                            for: history.request, agency: agency, agreement: agreement, trace: trace,
                            sequence: history.state.eventCount, on: today)
                        return [event.body]
                    }
                    decided.append(projection.id)
                } catch GatewayError.conflict {
                    continue  // refused by a person meanwhile
                }
            }
            return AgreementChange(agreement: id, status: .active, requests: decided)
        }
    }

    @discardableResult
    private func changeStatus(
        of id: AgreementID, to status: AgreementStatus, reason: String, by principal: Principal
    ) async throws -> Agreement {
        guard try staff(principal).mayManageAgreements else {
            throw GatewayError.forbidden("only an administrator suspends or reinstates agreements")
        }
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw GatewayError.invalid([.missing("reason", "a change of an agreement's status states its reason")])
        }
        guard var agreement = try await store.agreement(id) else {
            throw GatewayError.notFound("there is no agreement \(id)")
        }
        let current = agreement.status(on: today)
        guard current != status else {
            throw GatewayError.conflict(
                LifecycleViolation(.outOfOrder, "the agreement \(id) is already \(status.rawValue)"))
        }
        guard current != .withdrawn else {
            throw GatewayError.conflict(LifecycleViolation(.outOfOrder, "the agreement \(id) has been withdrawn"))
        }
        let problems = agreement.record(AgreementStatusChange(status: status, on: today, reason: reason))
        guard problems.isEmpty else { throw GatewayError.invalid(problems) }
        try await store.saveAgreement(agreement)
        return agreement
    }

    /// Every request under the agreement in one of `statuses`, page by page.
    private func allRequests(under id: AgreementID, in statuses: Set<RequestStatus>) async throws
        -> [RequestProjection]
    {
        var all: [RequestProjection] = []
        var after: RequestID?
        while true {
            let page = try await store.requests(
                RequestFilter(agreement: id, statuses: statuses, after: after, limit: 500))
            all += page
            guard page.count == 500, let last = page.last else { return all }
            after = last.id
        }
    }
}
