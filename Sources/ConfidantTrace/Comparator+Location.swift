extension Comparator {
    static func postcodeLevel(_ query: PackedPostcode?, _ addresses: [ProfileAddress]) -> UInt8 {
        guard let query else { return Level.missing }
        var best = Level.missing
        for address in addresses {
            guard let postcode = address.postcode else { continue }
            let level: UInt8
            if postcode == query {
                level = address.isCurrent ? Level.Postcode.full : Level.Postcode.previous
            } else if postcode.sector == query.sector {
                level = Level.Postcode.sector
            } else if postcode.district == query.district {
                level = Level.Postcode.district
            } else if postcode.area == query.area {
                level = Level.Postcode.area
            } else {
                level = Level.Postcode.different
            }
            best = min(best, level)
        }
        return best
    }

    /// Token containment of the query's street line in the record's addresses.
    ///
    /// - Parameters:
    ///   - query: the query's address tokens; `words` those of them that are not numbers.
    static func addressLevel(_ query: [String], words: [String], _ addresses: [ProfileAddress]) -> UInt8 {
        guard !query.isEmpty else { return Level.missing }
        let hasNumber = words.count < query.count
        var best = Level.missing
        for address in addresses where !address.tokens.isEmpty {
            let shared = query.reduce(0) { $0 + (address.tokens.contains($1) ? 1 : 0) }
            let level: UInt8
            if shared == query.count, hasNumber, !words.isEmpty {
                level = address.isCurrent ? Level.Address.full : Level.Address.previous
            } else if !words.isEmpty, words.allSatisfy(address.tokens.contains) {
                level = Level.Address.street
            } else if shared * 2 >= query.count {
                level = Level.Address.partial
            } else {
                level = Level.Address.different
            }
            best = min(best, level)
        }
        return best
    }
}
