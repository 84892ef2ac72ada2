import ConfidantCore

/// Lets a suspension wait for the decisions already under way under its agreement.
///
/// A request reads its agreement's status and then appends its decision. A suspension
/// saved between the two must still catch it: ``drain(_:)`` returns only once every
/// decision that had entered before it has been appended, so the sweep that holds the
/// agreement's undecided requests sees all of them. Decisions that enter afterwards read
/// the suspended status themselves. (Within one process; see docs/architecture.md.)
actor AgreementGate {
    private var nextTicket: UInt64 = 0
    private var inFlight: [AgreementID: Set<UInt64>] = [:]
    private var waiters: [AgreementID: [(before: UInt64, continuation: CheckedContinuation<Void, Never>)]] = [:]

    /// Runs `body` as one decision under `agreement`.
    nonisolated func deciding<T: Sendable>(
        _ agreement: AgreementID, _ body: () async throws -> T
    ) async rethrows -> T {
        let ticket = await enter(agreement)
        do {
            let result = try await body()
            await leave(agreement, ticket)
            return result
        } catch {
            await leave(agreement, ticket)
            throw error
        }
    }

    /// Waits until every decision under `agreement` that entered before this call has left.
    func drain(_ agreement: AgreementID) async {
        let before = nextTicket
        guard inFlight[agreement, default: []].contains(where: { $0 < before }) else { return }
        await withCheckedContinuation { continuation in
            waiters[agreement, default: []].append((before, continuation))
        }
    }

    private func enter(_ agreement: AgreementID) -> UInt64 {
        let ticket = nextTicket
        nextTicket += 1
        inFlight[agreement, default: []].insert(ticket)
        return ticket
    }

    private func leave(_ agreement: AgreementID, _ ticket: UInt64) {
        inFlight[agreement]?.remove(ticket)
        let remaining = inFlight[agreement] ?? []
        let oldest = remaining.min() ?? .max
        var still: [(before: UInt64, continuation: CheckedContinuation<Void, Never>)] = []
        for waiter in waiters[agreement] ?? [] {
            if oldest >= waiter.before { waiter.continuation.resume() } else { still.append(waiter) }
        }
        waiters[agreement] = still.isEmpty ? nil : still
        if remaining.isEmpty { inFlight[agreement] = nil }
    }
}
