import ConfidantCore
import Foundation
import Hummingbird
import NIOCore

/// Reading request bodies: bounded in size, and JSON that does not parse is a 400
/// saying so, never a crash or a half-read document.
enum RequestBody {
    /// The largest single request document accepted (a request is well under 4 KiB).
    static let documentLimit = 64 * 1024
    /// The largest batch accepted.
    static let batchLimit = 8 * 1024 * 1024

    /// The body's bytes.
    ///
    /// - Throws: HTTP 413 with a problem body if it is larger than `limit`.
    static func bytes(of request: Request, limit: Int) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge, message: "the body is larger than \(limit) bytes")
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw HTTPError(.contentTooLarge, message: "the body is larger than \(limit) bytes")
        }
    }

    /// The body as JSON.
    ///
    /// - Throws: HTTP 413 if too large, 400 if it is not JSON.
    static func json(of request: Request, limit: Int = documentLimit) async throws -> JSONValue {
        let buffer = try await bytes(of: request, limit: limit)
        guard let value = JSONValue.parse(Data(buffer.readableBytesView)) else {
            throw HTTPError(.badRequest, message: "the body is not valid JSON")
        }
        return value
    }

    /// The body as JSON, or an empty object when there is none (for actions with optional bodies).
    static func optionalJSON(of request: Request) async throws -> JSONValue {
        let buffer = try await bytes(of: request, limit: documentLimit)
        guard buffer.readableBytes > 0 else { return .object([:]) }
        guard let value = JSONValue.parse(Data(buffer.readableBytesView)) else {
            throw HTTPError(.badRequest, message: "the body is not valid JSON")
        }
        return value
    }
}
