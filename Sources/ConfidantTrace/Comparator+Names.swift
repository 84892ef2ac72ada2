extension Comparator {
    /// Family and given-name levels, including the given/family swap.
    ///
    /// When the names only agree crosswise (query family ≈ record given and query given ≈
    /// record family), the family level is `swapped` and the given level is missing: the swap
    /// level carries the evidence of both names.
    static func nameLevels(_ query: QueryFeatures, _ profile: TraceProfile) -> (family: UInt8, given: UInt8) {
        guard let usual = profile.usualName else { return (Level.missing, Level.missing) }
        var family = query.family.map { familyLevel($0, query.familyParts, profile) } ?? Level.missing
        let givenQuery = query.firstGiven
        if family >= Level.Family.swapped, family != Level.missing, let queryFamily = query.family,
            let queryGiven = query.firstGiven, let recordGiven = usual.firstGiven,
            givenLevel(queryFamily, [], recordGiven, usual.given) <= Level.Given.close,
            familyLevel(queryGiven, [], profile) <= Level.Family.part
        {
            family = Level.Family.swapped
        }
        // A swap already says both names agree crosswise: scoring the given name again would count it twice.
        guard family != Level.Family.swapped, let givenQuery, let recordGiven = usual.firstGiven else {
            return (family, Level.missing)
        }
        return (family, givenLevel(givenQuery, query.given, recordGiven, usual.given))
    }

    static func familyLevel(_ query: PhoneticName, _ queryParts: [String], _ profile: TraceProfile) -> UInt8 {
        let names = profile.names
        if names.first?.family.text == query.text { return Level.Family.exact }
        if names.dropFirst().contains(where: { $0.family.text == query.text }) { return Level.Family.previous }
        var best = 0.0
        for name in names {
            let similarity = JaroWinkler.similarity(query.text, name.family.text, atLeast: editSimilarity)
            if isClose(similarity, query.text, name.family.text, minimumLength: 1) { return Level.Family.close }
            best = max(best, similarity)
        }
        if names.contains(where: { $0.family.soundex == query.soundex || $0.family.nysiis == query.nysiis }) {
            return Level.Family.phonetic
        }
        for name in names {
            if name.familyParts.contains(query.text) || queryParts.contains(name.family.text)
                || name.familyParts.contains(where: queryParts.contains)
            {
                return Level.Family.part
            }
        }
        return best >= fuzzySimilarity ? Level.Family.fuzzy : Level.Family.different
    }

    /// - Parameters:
    ///   - query: the query's first given name (or its family name, when swapped).
    ///   - queryOthers: all the query's given names, for middle-name agreement.
    ///   - record: the record's first given name; `recordAll` all its given names.
    static func givenLevel(
        _ query: PhoneticName, _ queryOthers: [String], _ record: PhoneticName, _ recordAll: [String]
    ) -> UInt8 {
        if query.text == record.text { return Level.Given.exact }
        if Nicknames.areEquivalent(query.text, record.text) { return Level.Given.nickname }
        let similarity = JaroWinkler.similarity(query.text, record.text, atLeast: editSimilarity)
        if isClose(similarity, query.text, record.text, minimumLength: 4) { return Level.Given.close }
        if query.soundex == record.soundex || query.nysiis == record.nysiis { return Level.Given.phonetic }
        if recordAll.dropFirst().contains(query.text) || queryOthers.dropFirst().contains(record.text) {
            return Level.Given.middle
        }
        if query.text.utf8.count == 1 || record.text.utf8.count == 1, query.text.utf8.first == record.text.utf8.first {
            return Level.Given.initial
        }
        return similarity >= fuzzySimilarity ? Level.Given.fuzzy : Level.Given.different
    }

    /// A close spelling: Jaro–Winkler at least ``closeSimilarity``, or one edit apart, for names
    /// of at least `minimumLength` letters. One edit between names of four or more letters
    /// leaves Jaro–Winkler above ``editSimilarity`` (0.74 at worst, in exhaustive random trials),
    /// so the dearer edit distance is only computed between the two thresholds.
    static func isClose(_ similarity: Double, _ lhs: String, _ rhs: String, minimumLength: Int) -> Bool {
        if similarity >= closeSimilarity { return true }
        guard similarity >= editSimilarity, min(lhs.utf8.count, rhs.utf8.count) >= minimumLength else {
            return false
        }
        return EditDistance.isWithin(1, lhs, rhs)
    }
}
