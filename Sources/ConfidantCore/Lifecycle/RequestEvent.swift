import Foundation

/// One step in a disclosure request's life: a fact, never changed once recorded.
///
/// A request's state is never stored as such: it is ``RequestState/folding(_:)`` over
/// its events, so there is no way to change a request without recording why. Each
/// event also becomes one leaf of the transparency log, as a salted commitment.
public struct RequestEvent: Hashable, Sendable, Codable {
    /// The event's place in its request's history, from 0.
    public var sequence: Int
    /// When it was recorded (from the injected clock, never `Date()` in Core).
    public var recordedAt: Date
    /// Who caused it.
    public var actor: RequestActor
    /// What happened.
    public var body: Body

    public init(sequence: Int, recordedAt: Date, actor: RequestActor, body: Body) {
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.actor = actor
        self.body = body
    }

    /// What happened, with the facts each step records.
    public enum Body: Hashable, Sendable, Codable {
        /// The agency's request arrived and passed validation.
        case received
        /// The subject was traced; every candidate is recorded, not just the one matched.
        case traced(TraceRecord)
        /// The policy decided: refused, held or queued for review, with its explanation.
        case decided(PolicyDecision)
        /// The request's agreement was suspended before it was settled; it waits, undecided.
        case held(reason: String)
        /// A reviewer applied the public-interest test and recommended release or refusal.
        case reviewed(PublicInterestTest)
        /// A second person, not the reviewer, approved the recommended release.
        case approved
        /// Exactly these fields were released to the agency.
        case released(fields: [FieldRelease])
        /// The request was refused by a person (a reviewer or the approver), with reasons.
        case refused(reason: String)
        /// The embargo on telling the patient ended; the patient's view now shows the request.
        case embargoLifted
    }

    /// The event's kind, the only thing about it the public log reveals.
    public var kind: Kind {
        switch body {
        case .received: .received
        case .traced: .traced
        case .decided: .decided
        case .held: .held
        case .reviewed: .reviewed
        case .approved: .approved
        case .released: .released
        case .refused: .refused
        case .embargoLifted: .embargoLifted
        }
    }

    /// The kinds of event, named as they appear in the log and the API.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case received, traced, decided, held, reviewed, approved, released, refused
        case embargoLifted = "embargo-lifted"
    }
}
