import ConfidantCore

/// One step at a time per key: a staff action reads a request's history, checks the next
/// event against it, and appends, so two actions on one request must not interleave; two
/// changes of one agreement's status must not either.
///
/// Different keys never wait for each other. (Within one process; across processes the
/// store's unique (request, sequence) key refuses the second of two racing events.)
actor KeyedLocks<Key: Hashable & Sendable> {
    private var held: Set<Key> = []
    private var waiters: [Key: [CheckedContinuation<Void, Never>]] = [:]

    /// Runs `body` while holding `key`'s lock.
    nonisolated func withLock<T: Sendable>(_ request: Key, _ body: () async throws -> T) async rethrows -> T {
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

    private func acquire(_ request: Key) async {
        guard held.contains(request) else {
            held.insert(request)
            return
        }
        await withCheckedContinuation { waiters[request, default: []].append($0) }
    }

    private func release(_ request: Key) {
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
