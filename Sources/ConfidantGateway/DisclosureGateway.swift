import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Foundation
import TransparencyLog

/// The disclosure process end to end: authenticate, validate, trace, decide, and record
/// every step as an event in the transparency log; then the staff's review, approval or
/// refusal, agreements' suspension and reinstatement, and what each party may read.
///
/// State changes only by appending events (``RequestEvent``) through the log's
/// sequencer; each event carries its request's new projection, stored in the same
/// transaction. The gateway holds no state of its own beyond in-process locks.
public struct DisclosureGateway: Sendable {
    let store: any ConfidantStorage
    let sequencer: LogSequencer<AnyLogStore>
    let policies: PolicyHistory
    let tracer: Tracer
    let clock: @Sendable () -> Date
    let agreementGate = AgreementGate()
    let requestLocks = KeyedLocks<RequestID>()
    let agreementLocks = KeyedLocks<AgreementID>()

    /// How many trace candidates a request's history keeps (best first).
    static let keptCandidates = 10

    /// - Parameters:
    ///   - store: the registry, the log and the disclosure tables.
    ///   - sequencer: the log's sequencer; its `run()` must be running.
    ///   - policies: the policy versions; each request is decided under the one in force that day.
    ///   - tracer: finds the request's subject in the registry.
    ///   - clock: the time events are recorded at (tests fix it).
    public init(
        store: any ConfidantStorage, sequencer: LogSequencer<AnyLogStore>, policies: PolicyHistory, tracer: Tracer,
        clock: @escaping @Sendable () -> Date = Date.init
    ) {
        self.store = store
        self.sequencer = sequencer
        self.policies = policies
        self.tracer = tracer
        self.clock = clock
    }

    /// Who holds `key`.
    ///
    /// - Throws: ``GatewayError/unauthenticated(_:)`` for a missing, malformed, unknown or revoked key.
    public func authenticate(_ key: String?) async throws -> Principal {
        guard let key, let parsed = APIKey(key) else {
            throw GatewayError.unauthenticated("present an API key: Authorization: Bearer cfd_…")
        }
        guard let credential = try await store.credential(secretHash: parsed.secretHash), !credential.isRevoked else {
            throw GatewayError.unauthenticated("the API key is not valid or has been revoked")
        }
        return credential.principal
    }

    var now: Date { clock() }
    var today: CalendarDate { CalendarDate(utcDayOf: now) }

    /// The time an event is recorded at, as stored.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
