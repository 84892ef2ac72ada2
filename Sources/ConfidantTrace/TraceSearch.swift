/// One query's search, cut at its candidate lookups: the exact keys; then, if the exact
/// stage finds nobody, the fuzzy keys; then, if the fuzzy stage finds no unique match, the
/// broad keys.
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
    /// The stage the pending keys serve.
    private var stage = TraceResult.Stage.exact
    /// The broad stage's keys, held back while the fuzzy stage runs.
    private var broadKeys: [TaggedKey] = []
    /// Whether a lookup returned a key's whole limit, so the block may hold more.
    private var sawFullBlock = false

    init(_ features: QueryFeatures) {
        self.features = features
        pending = found.claim(BlockingKeys.exactKeys(for: features))
    }

    /// The keys of ``pending``, as a lookup takes them.
    var pendingKeys: [Int64] { pending.map(\.key) }

    /// Files what the lookup of ``pending`` found and finishes the current stage.
    ///
    /// Returns the result when the stage decides: the exact stage when anyone agrees exactly,
    /// the fuzzy stage when it makes a match, the broad stage always (over every candidate of
    /// the three stages). Otherwise claims the next stage's keys (now ``pending``) and
    /// returns `nil`.
    ///
    /// - Parameter profiles: the lookup's answer, by key; it may hold other queries' keys too.
    mutating func advance(_ profiles: [Int64: [TraceProfile]], tracer: Tracer) -> TraceResult? {
        let limit = tracer.model.thresholds.limitPerKey
        if pending.contains(where: { (profiles[$0.key]?.count ?? 0) >= limit }) { sawFullBlock = true }
        found.add(pending, from: profiles)
        pending = []
        found.removeRestricted(if: features.usesLocation)
        switch stage {
        case .exact:
            let exact = found.entries.filter { Tracer.agreesExactly(features, $0.profile) }
            if !exact.isEmpty { return tracer.decide(tracer.score(features, exact), stage: .exact) }
            let keys = BlockingKeys.keys(for: features)
            pending = found.claim(keys.filter { !$0.rule.isExact && !$0.rule.isBroad })
            broadKeys = keys.filter(\.rule.isBroad)
            stage = .fuzzy
        case .fuzzy:
            // A match ends the search here, as a PDS trace stops at the first step that makes
            // one: reading the wide blocks is most of a fuzzy trace's cost, and what they
            // hold is mostly people born on other dates. Anything less (nobody, several, a
            // near runner-up) reads them too, as does a search that saw a block cut at the
            // limit, since whoever was cut off could be a near runner-up.
            if !found.entries.isEmpty, !sawFullBlock {
                let result = tracer.decide(tracer.score(features, found.entries), stage: .fuzzy)
                if result.outcome == .match { return result }
            }
            pending = found.claim(broadKeys)
            broadKeys = []
            stage = .broad
        case .broad:
            return tracer.decide(tracer.score(features, found.entries), stage: .broad)
        }
        return nil
    }
}
