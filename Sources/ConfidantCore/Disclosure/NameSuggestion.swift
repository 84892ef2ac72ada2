/// Finds the name someone probably meant ("did you mean `legal_basis`?") among the
/// names that exist, for load errors and validation messages.
enum NameSuggestion {
    /// The closest candidate to `name`, or `nil` when none is close.
    ///
    /// A candidate is close when it differs only in case, `-` and `_` (so `legalBasis`
    /// finds `legal_basis`), or is at most a third of its length in edits away.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let folded = fold(name)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            if fold(candidate) == folded { return candidate }
            let distance = editDistance(Array(name.lowercased().utf8), Array(candidate.lowercased().utf8))
            let limit = max(1, candidate.utf8.count / 3)
            if distance <= limit, distance < best?.distance ?? Int.max {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `; did you mean 'x'?` or the empty string.
    static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func fold(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != "." })
    }

    /// Levenshtein distance between two byte strings.
    static func editDistance(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for (row, left) in lhs.enumerated() {
            current[0] = row + 1
            for (column, right) in rhs.enumerated() {
                let substitution = previous[column] + (left == right ? 0 : 1)
                current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
