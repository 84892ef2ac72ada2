import ConfidantCore
import ConfidantGateway
import Foundation
import Hummingbird

/// The disclosure API, `/v1/…`: agencies submit and follow their requests; staff review,
/// approve, refuse, and suspend or reinstate agreements. Every call presents an API key
/// (`Authorization: Bearer cfd_…`); what it may do and see follows from whose key it is.
struct DisclosureController: Sendable {
    let gateway: DisclosureGateway

    func register(on router: Router<BasicRequestContext>) {
        router.post("v1/requests") { request, _ in
            let principal = try await principal(of: request)
            let document = try await RequestBody.json(of: request)
            let view = try await gateway.submit(document, by: principal)
            return try JSONResponse.make(view, status: .created, headers: [.location: "/v1/requests/\(view.id)"])
        }
        router.post("v1/requests/batch") { request, _ in
            let principal = try await principal(of: request)
            let items = try await BatchSubmission.items(of: request)
            return try JSONResponse.make(try await BatchSubmission.submit(items, to: gateway, by: principal))
        }
        router.get("v1/requests") { request, _ in
            let principal = try await principal(of: request)
            let query = try ListQuery(request.uri.queryParameters)
            let summaries = try await gateway.requests(
                for: principal, statuses: query.statuses, after: query.after, limit: query.limit)
            return try JSONResponse.make(RequestPage(requests: summaries, limit: query.limit))
        }
        router.get("v1/requests/:id") { request, context in
            let principal = try await principal(of: request)
            let view = try await gateway.request(try requestID(context), for: principal)
            return try JSONResponse.make(view)
        }
        router.get("v1/requests/:id/disclosure") { request, context in
            let principal = try await principal(of: request)
            let disclosure = try await gateway.disclosure(try requestID(context), for: principal)
            return try JSONResponse.make(disclosure, headers: [.cacheControl: "no-store"])
        }
        router.get("v1/review-queue") { request, _ in
            let principal = try await principal(of: request)
            let query = try ListQuery(request.uri.queryParameters)
            let page = try await gateway.queue(for: principal, after: query.after, limit: query.limit)
            return try JSONResponse.make(RequestPage(requests: page, limit: query.limit))
        }
        router.post("v1/requests/:id/review") { request, context in
            let principal = try await principal(of: request)
            let test: PublicInterestTest
            switch PublicInterestTest.validate(try await RequestBody.json(of: request)) {
            case .valid(let valid): test = valid
            case .invalid(let problems): throw GatewayError.invalid(problems)
            }
            return try JSONResponse.make(try await gateway.review(try requestID(context), test: test, by: principal))
        }
        router.post("v1/requests/:id/approve") { request, context in
            let principal = try await principal(of: request)
            return try JSONResponse.make(try await gateway.approve(try requestID(context), by: principal))
        }
        router.post("v1/requests/:id/refuse") { request, context in
            let principal = try await principal(of: request)
            let reason = try Reason(try await RequestBody.json(of: request)).text
            return try JSONResponse.make(
                try await gateway.refuse(try requestID(context), reason: reason, by: principal))
        }
        router.post("v1/requests/:id/lift-embargo") { request, context in
            let principal = try await principal(of: request)
            return try JSONResponse.make(try await gateway.liftEmbargo(try requestID(context), by: principal))
        }
        router.post("v1/agreements/:id/suspend") { request, context in
            let principal = try await principal(of: request)
            let reason = try Reason(try await RequestBody.json(of: request)).text
            return try JSONResponse.make(
                try await gateway.suspend(try agreementID(context), reason: reason, by: principal))
        }
        router.post("v1/agreements/:id/reinstate") { request, context in
            let principal = try await principal(of: request)
            let reason = try Reason(try await RequestBody.json(of: request)).text
            return try JSONResponse.make(
                try await gateway.reinstate(try agreementID(context), reason: reason, by: principal))
        }
    }

    private func principal(of request: Request) async throws -> Principal {
        let header = request.headers[.authorization]
        let key = header.flatMap { value -> String? in
            let parts = value.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
            return parts[1].trimmingCharacters(in: .whitespaces)
        }
        return try await gateway.authenticate(key)
    }

    private func requestID(_ context: BasicRequestContext) throws -> ConfidantCore.RequestID {
        let text = try context.parameters.require("id")
        guard let id = try? ConfidantCore.RequestID(text) else {
            throw GatewayError.notFound("there is no request \(text)")
        }
        return id
    }

    private func agreementID(_ context: BasicRequestContext) throws -> AgreementID {
        let text = try context.parameters.require("id")
        guard let id = try? AgreementID(text) else {
            throw GatewayError.notFound("there is no agreement with that identifier")
        }
        return id
    }
}
