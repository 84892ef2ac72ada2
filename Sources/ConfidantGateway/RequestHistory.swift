import ConfidantCore
import ConfidantStore
import Foundation

/// One request as the gateway works on it: what was asked, and its events folded into its state.
struct RequestHistory: Sendable {
    let projection: RequestProjection
    let request: DisclosureRequest
    let events: [RequestEvent]
    /// The log index of each event, in order.
    let logIndices: [UInt64?]
    let state: RequestState

    /// Reads the request and replays its events.
    ///
    /// - Throws: ``GatewayError/notFound(_:)`` if there is no such request; the store's
    ///   error, or `corrupt`, if its stored history does not replay.
    static func load(_ id: RequestID, from store: any ConfidantStorage) async throws -> RequestHistory {
        guard let projection = try await store.request(id) else {
            throw GatewayError.notFound("there is no request \(id)")
        }
        let request = try StoredDocument.decode(DisclosureRequest.self, from: projection.document, what: "request")
        let records = try await store.events(ofRequest: id.value)
        var events: [RequestEvent] = []
        for record in records {
            guard let committed = try? CommittedEvent.decode(record.body), committed.request == id else {
                throw StoreError.corrupt("a stored event of request \(id) cannot be read")
            }
            events.append(committed.event)
        }
        do {
            let state = try RequestState.folding(events, embargoed: request.embargo != nil)
            return RequestHistory(
                projection: projection, request: request, events: events, logIndices: records.map(\.logIndex),
                state: state)
        } catch {
            throw StoreError.corrupt("the stored history of request \(id) does not replay: \(error)")
        }
    }
}
