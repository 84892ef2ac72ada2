import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Foundation
import TransparencyLog

extension DisclosureGateway {
    /// Receives one request from an agency's officer: validates it, traces its subject,
    /// decides it under the policy in force today (or holds it if its agreement is
    /// suspended), and records received, traced and decided (or held) as one unit.
    ///
    /// - Parameters:
    ///   - document: the request as the agency sent it, without `id`, `received_on`,
    ///     `agency` or `officer` (the key says who is asking; if given they must agree).
    ///   - principal: who is asking; only an agency's officer may submit.
    /// - Returns: the recorded request.
    /// - Throws: ``GatewayError/invalid(_:)`` naming every field and rule broken (then
    ///   nothing is stored); `forbidden` for staff; `unavailable` if no policy is in force.
    public func submit(_ document: JSONValue, by principal: Principal) async throws -> RequestView {
        guard case .officer(let agencyID, let officerID) = principal else {
            throw GatewayError.forbidden("only an agency's officer submits requests")
        }
        let id = Self.newRequestID(at: now)
        let receivedOn = today
        let request: DisclosureRequest
        switch DisclosureRequest.validate(
            Self.filling(document, agency: agencyID, officer: officerID), id: id, receivedOn: receivedOn)
        {
        case .valid(let valid): request = valid
        case .invalid(let problems): throw GatewayError.invalid(problems)
        }
        var problems: [ValidationProblem] = []
        if request.agency != agencyID {
            problems.append(.notPermitted("agency", "a request is made in the name of the key's own agency"))
        }
        if request.officer != officerID {
            problems.append(.notPermitted("officer", "a request is made in the name of the key's own officer"))
        }
        guard problems.isEmpty else { throw GatewayError.invalid(problems) }
        let (agency, agreement) = try await parties(of: request)
        try await checkCountersignatory(request)
        guard policies.inForce(on: receivedOn) != nil else {
            throw GatewayError.unavailable("no policy is in force today; the request was not recorded")
        }
        let contextProblems = request.problems(against: agreement, of: agency, on: receivedOn)
        guard contextProblems.isEmpty else { throw GatewayError.invalid(contextProblems) }

        let query = Self.traceQuery(request.subject)
        if case .insufficient(let reason) = query.sufficiency {
            throw GatewayError.invalid([.missing("subject", reason)])
        }
        let trace = try await traceSubject(query)
        return try await agreementGate.deciding(agreement.id) {
            // Read again inside the gate: a suspension saved since must hold this request.
            let current = try await store.agreement(agreement.id) ?? agreement
            var events = [
                RequestEvent(sequence: 0, recordedAt: now, actor: principal.actor, body: .received),
                RequestEvent(sequence: 1, recordedAt: now, actor: .system, body: .traced(trace)),
            ]
            events.append(
                try await decision(
                    for: request, agency: agency, agreement: current, trace: trace, sequence: 2, on: receivedOn))
            let history = try await append(
                events, to: request, startingFrom: RequestState(embargoed: request.embargo != nil))
            return RequestView(history, for: principal)
        }
    }

    /// The decided (or held) event for a traced request under `agreement` as it stands `on` a day.
    func decision(
        for request: DisclosureRequest, agency: Agency, agreement: Agreement, trace: TraceRecord, sequence: Int,
        on day: CalendarDate
    ) async throws -> RequestEvent {
        if agreement.status(on: day) == .suspended {
            return RequestEvent(
                sequence: sequence, recordedAt: now, actor: .system,
                body: .held(reason: "the agreement \(agreement.id) is suspended"))
        }
        var flags = PatientFlags.unknown
        if let matched = trace.matched, let patient = try await store.patient(matched) {
            flags = PatientFlags(patient, on: day)
        }
        let input = PolicyInput(
            request: request, agency: agency, agreement: agreement, trace: trace.summary, patient: flags, decidedOn: day
        )
        guard let decision = policies.decide(input) else {
            throw GatewayError.unavailable("no policy is in force on \(day)")
        }
        return RequestEvent(sequence: sequence, recordedAt: now, actor: .system, body: .decided(decision))
    }

    /// The request's agency and agreement, or the problems naming them.
    func parties(of request: DisclosureRequest) async throws -> (Agency, Agreement) {
        guard let agency = try await store.agency(request.agency) else {
            throw GatewayError.invalid([.unknownValue("agency", "there is no agency \(request.agency)")])
        }
        guard let agreement = try await store.agreement(request.agreement) else {
            throw GatewayError.invalid([.unknownValue("agreement", "there is no agreement \(request.agreement)")])
        }
        return (agency, agreement)
    }

    /// A countersignatory must be a senior officer of the same agency.
    private func checkCountersignatory(_ request: DisclosureRequest) async throws {
        guard let id = request.countersignatory else { return }
        guard let officer = try await store.officer(id), officer.agency == request.agency else {
            throw GatewayError.invalid([
                .unknownValue("countersignatory", "the countersignatory is not an officer of the requesting agency")
            ])
        }
        guard officer.isSenior else {
            throw GatewayError.invalid([
                .notPermitted("countersignatory", "the countersignatory must be a senior officer")
            ])
        }
    }

    /// What the tracer is asked about a request's subject.
    static func traceQuery(_ subject: SubjectIdentifiers) -> TraceQuery {
        TraceQuery(
            nhsNumber: subject.nhsNumber,
            givenNames: subject.givenNames.isEmpty ? nil : subject.givenNames.joined(separator: " "),
            familyName: subject.familyName, birthDate: subject.birthDate, gender: subject.gender,
            postcode: subject.postcode)
    }

    /// Traces the subject; the history keeps every candidate up to ``keptCandidates``.
    func traceSubject(_ query: TraceQuery) async throws -> TraceRecord {
        let result = try await tracer.trace(query)
        let outcome: TraceOutcome =
            switch result.outcome {
            case .match: .uniqueMatch
            case .ambiguous: .ambiguous
            case .noMatch, .insufficient: .noMatch
            }
        return TraceRecord(
            outcome: outcome, matched: result.matchedNHSNumber,
            candidates: result.candidates.prefix(Self.keptCandidates).map {
                TraceRecord.Candidate(nhsNumber: $0.nhsNumber, probability: $0.probability)
            })
    }

    /// Appends `events` as one unit after `state`, each record carrying the projection
    /// after it, and returns the request's history as it now stands.
    ///
    /// - Throws: ``GatewayError/conflict(_:)`` if an event does not follow (nothing is appended).
    func append(
        _ events: [RequestEvent], to request: DisclosureRequest, startingFrom state: RequestState,
        previous: [RequestEvent] = [], previousIndices: [UInt64?] = []
    ) async throws -> RequestHistory {
        guard !events.isEmpty else { throw Self.nothingToDo }
        var state = state
        var items: [(record: RequestEventRecord, entry: LeafEntry)] = []
        var generator = SystemRandomNumberGenerator()
        let document = try StoredDocument.encode(request)
        for event in events {
            do {
                state = try state.applying(event)
            } catch {
                throw GatewayError.conflict(error)
            }
            let body = try CommittedEvent(request: request.id, event: event).encoded()
            let commitment = EventCommitment(event: body, using: &generator)
            let projection = RequestProjection(
                id: request.id, agency: request.agency, agreement: request.agreement, officer: request.officer,
                status: state.status, receivedOn: request.receivedOn, updatedAt: Self.timestamp(event.recordedAt),
                eventCount: state.eventCount, matchedNHSNumber: state.trace?.matched, isEmbargoed: state.isEmbargoed,
                document: document)
            let record = RequestEventRecord(
                requestID: request.id.value, sequence: event.sequence, kind: event.kind.rawValue,
                recordedAt: Self.timestamp(event.recordedAt), body: body, salt: commitment.salt,
                projection: projection)
            guard let kind = try? EventKind(event.kind.rawValue) else {
                preconditionFailure("every request event kind is a log event kind")
            }
            items.append((record, LeafEntry(kind: kind, commitment: commitment.value)))
        }
        let positions = try await sequencer.append(items)
        guard let last = items.last?.record.projection else { preconditionFailure("a unit has at least one event") }
        return RequestHistory(
            projection: last, request: request, events: previous + events,
            logIndices: previousIndices + positions.map { Optional($0.index) }, state: state)
    }

    /// What ``append(_:to:startingFrom:previous:previousIndices:)`` throws for an empty
    /// unit: the step found nothing left to do (the request moved on meanwhile).
    static let nothingToDo = GatewayError.conflict(
        LifecycleViolation(.outOfOrder, "the request has moved on; there is nothing left to do"))

    /// The document with `agency` and `officer` filled in from the key when absent.
    static func filling(_ document: JSONValue, agency: AgencyID, officer: OfficerID) -> JSONValue {
        guard case .object(var fields) = document else { return document }
        if fields["agency"] == nil { fields["agency"] = .string(agency.value) }
        if fields["officer"] == nil { fields["officer"] = .string(officer.value) }
        return .object(fields)
    }

    /// A new request identifier: `req-` and the time in milliseconds (12 hex digits, so
    /// identifiers sort in time order) and 8 random hex digits.
    static func newRequestID(at date: Date) -> RequestID {
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        let time = String(milliseconds, radix: 16)
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let text =
            "req-" + String(repeating: "0", count: max(0, 12 - time.count)) + time + "-"
            + String(repeating: "0", count: 8 - random.count) + random
        guard let id = try? RequestID(text) else { preconditionFailure("a generated request id is valid") }
        return id
    }
}
