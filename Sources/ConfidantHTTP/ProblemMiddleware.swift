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
