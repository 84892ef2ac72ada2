extension Tracer {
    /// Traces many queries with one candidate lookup a stage, instead of one a stage per
    /// query: one for every query's exact keys, one for the fuzzy keys of the queries the
    /// exact stage left undecided, one for the broad keys of those the fuzzy stage left so.
    ///
    /// Each result is exactly what ``trace(_:)`` gives for that query alone (same outcome,
    /// stage, candidates, scores and order): the steps are the same, only the lookups are
    /// shared. A store decodes a profile found by several queries' keys once per lookup.
    ///
    /// - Returns: one result per query, in the order given.
    /// - Throws: whatever the candidate source throws; then no result is returned.
    public func trace(batch queries: [TraceQuery]) async throws -> [TraceResult] {
        var results = [TraceResult?](repeating: nil, count: queries.count)
        var searches: [(index: Int, search: TraceSearch)] = []
        searches.reserveCapacity(queries.count)
        for (index, query) in queries.enumerated() {
            if case .insufficient(let reason) = query.sufficiency {
                results[index] = TraceResult(outcome: .insufficient, stage: nil, candidates: [], reason: reason)
            } else {
                searches.append((index, TraceSearch(QueryFeatures(query))))
            }
        }
        while !searches.isEmpty {
            let found = try await lookUp(Self.union(searches.lazy.map(\.search)))
            var undecided: [(index: Int, search: TraceSearch)] = []
            // Mutated in place, so no search's state is copied.
            for position in searches.indices {
                if let result = searches[position].search.advance(found, tracer: self) {
                    results[searches[position].index] = result
                } else {
                    undecided.append(searches[position])
                }
            }
            // The undecided searches' state is now theirs alone: no copy when it grows.
            searches = consume undecided
        }
        return results.map { result in
            guard let result else { preconditionFailure("every query of a batch has a result") }
            return result
        }
    }

    /// Every search's pending keys, each once.
    private static func union(_ searches: some Sequence<TraceSearch>) -> [Int64] {
        var seen: Set<Int64> = []
        var keys: [Int64] = []
        for search in searches {
            for key in search.pending where seen.insert(key.key).inserted {
                keys.append(key.key)
            }
        }
        return keys
    }
}
