import ConfidantCore
import ConfidantGateway
import ConfidantStore
import Foundation
import Hummingbird
import Logging

/// Turns every error into an RFC 9457 `application/problem+json` response.
///
/// Hummingbird's own errors keep their status and message; store errors become
/// 503 (unavailable) or 409 (conflict) with the store's safe message; anything
/// else is a 500 that says nothing about its cause.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let problem = Problem(error)
            if problem.status >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            return problem.response()
        }
    }
}

/// An RFC 9457 problem document.
struct Problem: Codable, Sendable {
    var type: String
    var title: String
    var status: Int
    var detail: String?
    /// For invalid input: each field and the rule it broke.
    var errors: [FieldError]?
    /// For a refused lifecycle step: which rule (`same-reviewer-and-approver`, `out-of-order`, …).
    var code: String?

    /// One broken rule, at one field.
    struct FieldError: Codable, Sendable, Hashable {
        var field: String
        var code: String
        var message: String
    }

    init(status: HTTPResponse.Status, detail: String?) {
        self.type = "about:blank"
        self.title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
    }

    init(_ error: any Error) {
        switch error {
        case let error as HTTPError:
            self.init(status: error.status, detail: error.body)
        case let error as GatewayError:
            self.init(error)
        case let error as StoreError where error.code == .notFound:
            self.init(status: .notFound, detail: error.message)
        case let error as StoreError where error.code == .conflict:
            self.init(status: .conflict, detail: error.message)
        case let error as StoreError where error.code == .unavailable:
            self.init(status: .serviceUnavailable, detail: error.message)
        case let error as any HTTPResponseError:
            self.init(status: error.status, detail: nil)
        default:
            self.init(status: .internalServerError, detail: nil)
        }
    }

    init(_ error: GatewayError) {
        switch error {
        case .unauthenticated(let message): self.init(status: .unauthorized, detail: message)
        case .forbidden(let message): self.init(status: .forbidden, detail: message)
        case .notFound(let message): self.init(status: .notFound, detail: message)
        case .unavailable(let message): self.init(status: .serviceUnavailable, detail: message)
        case .invalid(let problems):
            self.init(
                status: .unprocessableContent,
                detail: problems.count == 1
                    ? (problems[0].field.isEmpty ? problems[0].message : problems[0].description)
                    : "\(problems.count) problems: see errors")
            errors = problems.map { FieldError(field: $0.field, code: $0.code.description, message: $0.message) }
        case .conflict(let violation):
            self.init(status: .conflict, detail: violation.message)
            code = violation.code.description
        }
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(self)) ?? Data()
        return Response(
            status: .init(code: status),
            headers: [.contentType: "application/problem+json"],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
