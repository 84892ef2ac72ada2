import ConfidantCore
import ConfidantStore
import Foundation

extension DisclosureGateway {
    /// The requests the principal may see: an officer, only their own agency's.
    public func requests(
        for principal: Principal, statuses: Set<RequestStatus>? = nil, after: RequestID? = nil, limit: Int = 100
    ) async throws -> [RequestSummary] {
        let filter = RequestFilter(
            agency: principal.agency, statuses: statuses, after: after, limit: min(max(limit, 1), 1000))
        return try await store.requests(filter).map(RequestSummary.init)
    }

    /// One request, if the principal may see it.
    ///
    /// - Throws: ``GatewayError/notFound(_:)`` also for another agency's request, so an
    ///   agency cannot learn that it exists.
    public func request(_ id: RequestID, for principal: Principal) async throws -> RequestView {
        RequestView(try await visibleHistory(id, to: principal), for: principal)
    }

    /// The request's history, if `principal` may see it.
    func visibleHistory(_ id: RequestID, to principal: Principal) async throws -> RequestHistory {
        let history = try await RequestHistory.load(id, from: store)
        if let agency = principal.agency, agency != history.request.agency {
            throw GatewayError.notFound("there is no request \(id)")
        }
        return history
    }
}
