import ConfidantCore
import ConfidantGateway
import Foundation
import Hummingbird

/// `POST /v1/requests/batch`: many requests in one body, each decided on its own.
///
/// One item's problems never stop the others: the answer lists, item by item, the
/// request recorded or the problem that kept it out. Items are submitted concurrently,
/// so they share the log's group commits.
enum BatchSubmission {
    /// The most items one batch may carry.
    static let maximumItems = 10_000
    /// How many items are in flight at once.
    static let concurrency = 64

    /// One item of the batch: its place (index, and line for CSV) and its document.
    struct Item: Sendable {
        var index: Int
        var line: Int?
        var document: JSONValue
    }

    /// What became of one item.
    struct Result: Encodable, Sendable {
        var index: Int
        var line: Int?
        var status: Int
        var request: RequestSummaryItem?
        var problem: Problem?
    }

    /// The recorded request, in brief.
    struct RequestSummaryItem: Encodable, Sendable {
        var id: ConfidantCore.RequestID
        var status: RequestStatus
        var decision: DecisionOutcome?
    }

    struct Report: Encodable, Sendable {
        var accepted: Int
        var rejected: Int
        var results: [Result]
    }

    /// The items of a JSON array body, or of a CSV body (`Content-Type: text/csv`).
    static func items(of request: Request) async throws -> [Item] {
        let contentType = request.headers[.contentType]?.lowercased() ?? "application/json"
        let items: [Item]
        if contentType.hasPrefix("text/csv") {
            let buffer = try await RequestBody.bytes(of: request, limit: RequestBody.batchLimit)
            items = try RequestCSV.items(Data(buffer.readableBytesView))
        } else {
            guard case .array(let documents) = try await RequestBody.json(of: request, limit: RequestBody.batchLimit)
            else {
                throw GatewayError.invalid([.wrongType("", "a batch is a JSON array of requests (or text/csv)")])
            }
            items = documents.enumerated().map { Item(index: $0.offset, line: nil, document: $0.element) }
        }
        guard !items.isEmpty else { throw GatewayError.invalid([.missing("", "a batch holds at least one request")]) }
        guard items.count <= maximumItems else {
            throw GatewayError.invalid([.outOfRange("", "a batch holds at most \(maximumItems) requests")])
        }
        return items
    }

    static func submit(_ items: [Item], to gateway: DisclosureGateway, by principal: Principal) async throws
        -> Report
    {
        // Authorisation is checked once for the whole batch, before anything is recorded.
        guard case .officer = principal else {
            throw GatewayError.forbidden("only an agency's officer submits requests")
        }
        var results = [Result?](repeating: nil, count: items.count)
        try await withThrowingTaskGroup(of: Result.self) { group in
            var next = 0
            func add() {
                let item = items[next]
                next += 1
                group.addTask { await submit(item, to: gateway, by: principal) }
            }
            while next < min(concurrency, items.count) { add() }
            for try await result in group {
                results[result.index] = result
                if next < items.count { add() }
            }
        }
        let all = results.compactMap { $0 }
        let accepted = all.count { $0.status == 201 }
        return Report(accepted: accepted, rejected: all.count - accepted, results: all)
    }

    private static func submit(_ item: Item, to gateway: DisclosureGateway, by principal: Principal) async -> Result {
        do {
            let view = try await gateway.submit(item.document, by: principal)
            return Result(
                index: item.index, line: item.line, status: 201,
                request: RequestSummaryItem(id: view.id, status: view.status, decision: view.decision?.outcome),
                problem: nil)
        } catch {
            let problem = Problem(error)
            return Result(index: item.index, line: item.line, status: problem.status, request: nil, problem: problem)
        }
    }
}
