import ConfidantCore

/// The profiles a search has fetched so far, each once, with the rules that found it.
struct FoundProfiles {
    struct Entry {
        var profile: TraceProfile
        /// Bit `i` set when rule `BlockingRule.allCases[i]` found the profile.
        var ruleBits: UInt16

        /// The rules of ``ruleBits``, in ``BlockingRule/allCases`` order; every candidate found
        /// by the same rules shares one array.
        var rules: [BlockingRule] { Self.ruleSets[Int(ruleBits)] }

        /// The rules of every bit set, by bits: 1,024 small arrays, built once.
        private static let ruleSets: [[BlockingRule]] = (0..<(1 << BlockingRule.allCases.count)).map { bits in
            BlockingRule.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element)
        }
    }

    private(set) var entries: [Entry] = []
    private var positions: [UInt64: Int] = [:]
    /// Keys already looked up (the exact stage's key for a query without a given name is also a fuzzy one).
    private var fetched: Set<Int64> = []

    /// Marks the keys as looked up and returns those not looked up before, in order.
    mutating func claim(_ tagged: [TaggedKey]) -> [TaggedKey] {
        tagged.filter { fetched.insert($0.key).inserted }
    }

    /// Adds what a lookup of `keys` found, in key order.
    ///
    /// - Parameter found: profiles by key; it may hold other keys too (a batch's lookup), which are ignored.
    mutating func add(_ keys: [TaggedKey], from found: [Int64: [TraceProfile]]) {
        // Room for every profile at once (an upper bound: some are found by several keys),
        // instead of growing and copying the entries as a fuzzy search's dozens arrive.
        let incoming = keys.reduce(0) { $0 + (found[$1.key]?.count ?? 0) }
        entries.reserveCapacity(entries.count + incoming)
        positions.reserveCapacity(entries.count + incoming)
        for key in keys {
            for profile in found[key.key] ?? [] {
                add(profile, rule: key.rule)
            }
        }
    }

    mutating func add(_ profile: TraceProfile, rule: BlockingRule) {
        let bit = UInt16(1) << rule.index
        if let position = positions[profile.nhsNumber.value] {
            entries[position].ruleBits |= bit
        } else {
            positions[profile.nhsNumber.value] = entries.count
            entries.append(Entry(profile: profile, ruleBits: bit))
        }
    }

    /// Drops restricted patients when the query names a location.
    mutating func removeRestricted(if usesLocation: Bool) {
        guard usesLocation, entries.contains(where: \.profile.isRestricted) else { return }
        entries.removeAll { $0.profile.isRestricted }
        positions = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.profile.nhsNumber.value, $0) })
    }
}
