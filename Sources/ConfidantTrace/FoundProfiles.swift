import ConfidantCore

/// The profiles a search has fetched so far, each once, with the rules that found it.
struct FoundProfiles {
    struct Entry {
        var profile: TraceProfile
        /// Bit `i` set when rule `BlockingRule.allCases[i]` found the profile.
        var ruleBits: UInt16

        var rules: [BlockingRule] {
            BlockingRule.allCases.enumerated().filter { ruleBits & (1 << $0.offset) != 0 }.map(\.element)
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
