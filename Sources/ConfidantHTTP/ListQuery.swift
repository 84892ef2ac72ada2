import ConfidantCore
import ConfidantGateway
import Hummingbird

/// The query of a listing: `status` (repeatable or comma-separated), `after`, `limit`.
struct ListQuery: Sendable {
    var statuses: Set<RequestStatus>?
    var after: ConfidantCore.RequestID?
    var limit: Int

    init(_ parameters: Parameters) throws {
        var problems: [ValidationProblem] = []
        let statusTexts = parameters.getAll("status").flatMap { $0.split(separator: ",").map(String.init) }
        var statuses: Set<RequestStatus> = []
        for text in statusTexts {
            if let status = RequestStatus(rawValue: text) {
                statuses.insert(status)
            } else {
                let known = RequestStatus.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(.unknownValue("status", "'\(text)' is not a status: one of \(known)"))
            }
        }
        self.statuses = statusTexts.isEmpty ? nil : statuses
        after = nil
        if let text = parameters.get("after") {
            if let id = try? ConfidantCore.RequestID(text) {
                after = id
            } else {
                problems.append(.invalidFormat("after", "not a request identifier"))
            }
        }
        limit = 100
        if let text = parameters.get("limit") {
            if let value = Int(text), (1...1000).contains(value) {
                limit = value
            } else {
                problems.append(.outOfRange("limit", "a whole number from 1 to 1000"))
            }
        }
        guard problems.isEmpty else { throw GatewayError.invalid(problems) }
    }
}

/// A page of a listing; `next` continues it (pass it as `after`).
struct RequestPage: Encodable {
    var requests: [RequestSummary]
    var next: ConfidantCore.RequestID?

    init(requests: [RequestSummary], limit: Int) {
        self.requests = requests
        next = requests.count == limit ? requests.last?.id : nil
    }
}

/// The body of a refusal or an agreement's change: `{"reason": "…"}`.
struct Reason {
    let text: String

    init(_ json: JSONValue) throws {
        guard case .object(let fields) = json else {
            throw GatewayError.invalid([.wrongType("", "expected a JSON object with a reason")])
        }
        if let unknown = fields.keys.first(where: { $0 != "reason" }) {
            throw GatewayError.invalid([.unknownKey(unknown, "the only key here is reason")])
        }
        guard case .string(let text)? = fields["reason"], !text.allSatisfy(\.isWhitespace) else {
            throw GatewayError.invalid([.missing("reason", "state the reason, as text")])
        }
        self.text = text
    }
}
