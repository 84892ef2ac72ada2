/// One query's search, cut at its two candidate lookups (the exact keys, then the fuzzy
/// keys only if the exact stage finds nobody).
///
/// Both ``Tracer/trace(_:)`` and ``Tracer/trace(batch:)`` run these steps in this order; a
/// batch only makes each lookup once for many queries. The store returns the same profiles
/// for a key whatever else it is asked in the same call, so a query traced in a batch gets
/// exactly the result it gets alone.
struct TraceSearch {
    let features: QueryFeatures
    private var found = FoundProfiles()
    /// The keys the next lookup must answer: those of the current stage not looked up before.
    private(set) var pending: [TaggedKey]

    init(_ features: QueryFeatures) {
        self.features = features
        pending = found.claim(BlockingKeys.exactKeys(for: features))
    }

    /// The keys of ``pending``, as a lookup takes them.
    var pendingKeys: [Int64] { pending.map(\.key) }

    /// Files what the exact lookup found. Returns the result when the exact stage decides;
    /// otherwise claims the fuzzy keys (now ``pending``) and returns `nil`.
    ///
    /// - Parameter profiles: the lookup's answer, by key; it may hold other queries' keys too.
    mutating func finishExact(_ profiles: [Int64: [TraceProfile]], tracer: Tracer) -> TraceResult? {
        found.add(pending, from: profiles)
        found.removeRestricted(if: features.usesLocation)
        let exact = found.entries.filter { Tracer.agreesExactly(features, $0.profile) }
        if !exact.isEmpty {
            pending = []
            return tracer.decide(tracer.score(features, exact), stage: .exact)
        }
        pending = found.claim(BlockingKeys.keys(for: features).filter { !$0.rule.isExact })
        return nil
    }

    /// Files what the fuzzy lookup found and decides over every candidate of both stages.
    mutating func finishFuzzy(_ profiles: [Int64: [TraceProfile]], tracer: Tracer) -> TraceResult {
        found.add(pending, from: profiles)
        pending = []
        found.removeRestricted(if: features.usesLocation)
        return tracer.decide(tracer.score(features, found.entries), stage: .fuzzy)
    }
}
