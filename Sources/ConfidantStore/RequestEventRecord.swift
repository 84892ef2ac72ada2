import ConfidantCore

/// A request event as stored: what the access-controlled store keeps for each leaf of
/// the transparency log.
///
/// The log holds only a salted commitment to ``body`` (see
/// ``TransparencyLog/EventCommitment``); the body and its salt stay here, and are
/// what a receipt hands to whoever may see the event (the patient, an auditor).
public struct RequestEventRecord: Hashable, Sendable {
    /// The request the event belongs to.
    public var requestID: String
    /// The event's place in its request's history, from 0.
    public var sequence: Int
    /// The event kind (`received`, `decided`, …), the only part the public log shows.
    public var kind: String
    /// When it was recorded, ISO 8601 in UTC.
    public var recordedAt: String
    /// The event's canonical bytes, exactly as committed to.
    public var body: [UInt8]
    /// The commitment's 32-byte salt.
    public var salt: [UInt8]
    /// The event's leaf index, once the log has sequenced it.
    public var logIndex: UInt64?
    /// The request's projection after this event, written in the same transaction; `nil`
    /// for events that have no request row (the log's synthetic load).
    public var projection: RequestProjection?

    public init(
        requestID: String, sequence: Int, kind: String, recordedAt: String, body: [UInt8], salt: [UInt8],
        logIndex: UInt64? = nil, projection: RequestProjection? = nil
    ) {
        self.requestID = requestID
        self.sequence = sequence
        self.kind = kind
        self.recordedAt = recordedAt
        self.body = body
        self.salt = salt
        self.logIndex = logIndex
        self.projection = projection
    }
}
