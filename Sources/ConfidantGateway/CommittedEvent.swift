import ConfidantCore
import Foundation

/// The bytes a request event's log leaf commits to: the request's identifier and the
/// event, as canonical JSON (sorted keys, ISO 8601 times).
///
/// The request identifier is inside the commitment, so a receipt proves which request
/// the event belongs to; the log itself shows only the commitment and the event's kind.
public struct CommittedEvent: Hashable, Sendable, Codable {
    public var request: RequestID
    public var event: RequestEvent

    public init(request: RequestID, event: RequestEvent) {
        self.request = request
        self.event = event
    }

    /// The canonical bytes.
    public func encoded() throws -> [UInt8] {
        Array(try Self.encoder.encode(self))
    }

    /// Reads the bytes a stored event committed to.
    public static func decode(_ bytes: [UInt8]) throws -> CommittedEvent {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = try? Date(text, strategy: Self.timeFormat) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a time"))
            }
            return date
        }
        return try decoder.decode(CommittedEvent.self, from: Data(bytes))
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(Self.timeFormat))
        }
        return encoder
    }

    /// ISO 8601 in UTC with milliseconds: what the API shows is what the commitment holds.
    private static let timeFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
