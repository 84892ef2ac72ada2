import ConfidantCore

/// One step at a time per request: a staff action reads the request's history, checks
/// the next event against it, and appends; two actions on one request must not interleave.
///
/// Different requests never wait for each other. (Within one process; across processes
/// the store's unique (request, sequence) key refuses the second of two racing events.)
actor RequestLocks {
    private var held: Set<RequestID> = []
    private var waiters: [RequestID: [CheckedContinuation<Void, Never>]] = [:]

    /// Runs `body` while holding `request`'s lock.
    nonisolated func withLock<T: Sendable>(_ request: RequestID, _ body: () async throws -> T) async rethrows -> T {
        await acquire(request)
        do {
            let result = try await body()
            await release(request)
            return result
        } catch {
            await release(request)
            throw error
        }
    }

    private func acquire(_ request: RequestID) async {
        guard held.contains(request) else {
            held.insert(request)
            return
        }
        await withCheckedContinuation { waiters[request, default: []].append($0) }
    }

    private func release(_ request: RequestID) {
        guard var queue = waiters[request], !queue.isEmpty else {
            held.remove(request)
            return
        }
        // Hand the lock straight to the next waiter: it stays held.
        let next = queue.removeFirst()
        waiters[request] = queue.isEmpty ? nil : queue
        next.resume()
    }
}
