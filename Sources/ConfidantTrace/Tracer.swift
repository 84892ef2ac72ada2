import ConfidantCore

/// Finds the one registry patient a query is about, PDS style: an exact search first, a
/// fuzzy one only when the exact search finds nobody, a broad one (the wide blocks keyed on
/// part of the birth date or none of it) only when the fuzzy one finds no unique match;
/// every candidate scored by the match model, and a match only when exactly one candidate
/// is clearly the person.
///
/// Restricted patients are never returned to a query that names a location (postcode,
/// address line or GP practice): the search "relies on" location as soon as it supplies one.
public struct Tracer: Sendable {
    public let model: MatchModel
    private let source: any TraceCandidateSource

    /// - Parameters:
    ///   - model: the trained match model.
    ///   - source: where candidates come from (a store, or an ``InMemoryTraceIndex``).
    public init(model: MatchModel, source: some TraceCandidateSource) {
        self.model = model
        self.source = source
    }

    /// Traces one query.
    ///
    /// - Returns: the outcome, the stage that produced it and every candidate with its score,
    ///   agreement pattern and the blocking rules that found it.
    /// - Throws: whatever the candidate source throws.
    public func trace(_ query: TraceQuery) async throws -> TraceResult {
        if case .insufficient(let reason) = query.sufficiency {
            return TraceResult(outcome: .insufficient, stage: nil, candidates: [], reason: reason)
        }
        var search = TraceSearch(QueryFeatures(query))
        while true {
            if let result = search.advance(try await lookUp(search.pendingKeys), tracer: self) {
                return result
            }
        }
    }

    /// The profiles filed under `keys`; no call to the source when there are none.
    func lookUp(_ keys: [Int64]) async throws -> [Int64: [TraceProfile]] {
        guard !keys.isEmpty else { return [:] }
        return try await source.profiles(forBlockingKeys: keys, limitPerKey: model.thresholds.limitPerKey)
    }

    /// The exact search's filter: an NHS number that the demographics verify, or exact
    /// agreement on every field the query supplies (family name, current or previous; first
    /// given name; birth date; gender; current postcode; GP practice; NHS number).
    static func agreesExactly(_ query: QueryFeatures, _ profile: TraceProfile) -> Bool {
        let pattern = Comparator.pattern(query, profile)
        if pattern[.nhsNumber] == Level.NHS.exact { return true }
        guard pattern[.nhsNumber] == Level.missing, pattern[.birthDate] == Level.BirthDate.exact,
            pattern[.familyName] <= Level.Family.previous
        else { return false }
        let given = pattern[.givenName]
        let gender = pattern[.gender]
        let gp = pattern[.gpPractice]
        return (given == Level.missing && query.firstGiven == nil || given == Level.Given.exact)
            && (gender == Level.missing || gender == Level.Binary.same)
            && (query.postcode == nil || pattern[.postcode] == Level.Postcode.full)
            && (gp == Level.missing || gp == Level.Binary.same)
    }

    func score(_ query: QueryFeatures, _ entries: [FoundProfiles.Entry]) -> [TraceCandidate] {
        let terms = model.terms(for: query)
        let patterns = entries.map { Comparator.pattern(query, $0.profile) }
        let bits = patterns.map { model.bayesFactorBits($0, terms) }
        let probabilities = model.posteriorProbabilities(bits)
        let prior = model.logPriorOdds
        // Sort positions, not candidates: moving the larger candidate values costs retains.
        let order = entries.indices.sorted { lhs, rhs in
            bits[lhs] != bits[rhs]
                ? bits[lhs] > bits[rhs] : entries[lhs].profile.nhsNumber < entries[rhs].profile.nhsNumber
        }
        // Candidates with the same pattern get the same verdicts (the weights depend only on
        // the pattern and the query): they share one array, so a fuzzy search's dozens of
        // candidates allocate, and keep in memory, one array per distinct pattern.
        var verdicts: [AgreementPattern: [TraceCandidate.Agreement]] = [:]
        var candidates: [TraceCandidate] = []
        candidates.reserveCapacity(entries.count)
        for index in order {
            let pattern = patterns[index]
            let agreement: [TraceCandidate.Agreement]
            if let shared = verdicts[pattern] {
                agreement = shared
            } else {
                agreement = model.agreement(pattern, terms)
                verdicts[pattern] = agreement
            }
            let profile = entries[index].profile
            candidates.append(
                TraceCandidate(
                    nhsNumber: profile.nhsNumber, probability: probabilities[index], matchWeight: bits[index] + prior,
                    agreement: agreement, foundBy: entries[index].rules, isDeceased: profile.isDeceased,
                    isRestricted: profile.isRestricted))
        }
        return candidates
    }
}
