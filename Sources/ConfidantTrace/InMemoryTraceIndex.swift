/// A ``TraceCandidateSource`` held in memory, for tests, training and evaluation.
///
/// Built once: every profile's blocking keys are collected into one array sorted by key,
/// and a dictionary maps each key to its run in that array, so a lookup is one hash probe
/// and the memory is two integers per filing, with no per-key allocation.
public struct InMemoryTraceIndex: TraceCandidateSource {
    /// The indexed profiles, in the order given.
    public let profiles: [TraceProfile]
    /// Profile positions, grouped by key.
    private let postings: [Int32]
    /// Key → (start << 32 | count) into `postings`.
    private let runs: [Int64: UInt64]

    /// Indexes the profiles under ``BlockingKeys/keys(for:)-(TraceProfile)``.
    public init(profiles: [TraceProfile]) {
        self.profiles = profiles
        var filings: [(key: Int64, position: Int32)] = []
        filings.reserveCapacity(profiles.count * 14)
        for (position, profile) in profiles.enumerated() {
            for key in BlockingKeys.keys(for: profile) {
                filings.append((key, Int32(position)))
            }
        }
        filings.sort { ($0.key, $0.position) < ($1.key, $1.position) }
        var postings: [Int32] = []
        postings.reserveCapacity(filings.count)
        var runs: [Int64: UInt64] = [:]
        var start = 0
        while start < filings.count {
            var end = start + 1
            while end < filings.count, filings[end].key == filings[start].key { end += 1 }
            runs[filings[start].key] = UInt64(postings.count) << 32 | UInt64(end - start)
            for index in start..<end { postings.append(filings[index].position) }
            start = end
        }
        self.postings = postings
        self.runs = runs
    }

    /// Positions in ``profiles`` of the profiles filed under `key`.
    func positions(forKey key: Int64, limit: Int) -> ArraySlice<Int32> {
        guard let run = runs[key] else { return [] }
        let start = Int(run >> 32)
        let count = min(Int(run & 0xFFFF_FFFF), limit)
        return postings[start..<(start + count)]
    }

    /// Looks the keys up in memory; never throws.
    public func profiles(forBlockingKeys keys: [Int64], limitPerKey: Int) async throws -> [Int64: [TraceProfile]] {
        lookup(keys, limitPerKey: limitPerKey)
    }

    /// The synchronous form of ``profiles(forBlockingKeys:limitPerKey:)``.
    public func lookup(_ keys: [Int64], limitPerKey: Int) -> [Int64: [TraceProfile]] {
        var result: [Int64: [TraceProfile]] = [:]
        result.reserveCapacity(keys.count)
        for key in keys {
            let positions = positions(forKey: key, limit: limitPerKey)
            if !positions.isEmpty { result[key] = positions.map { profiles[Int($0)] } }
        }
        return result
    }
}
