/// Damerau–Levenshtein distance in its optimal-string-alignment form: insertions,
/// deletions, substitutions and transpositions of adjacent characters each cost one, and
/// no substring is edited twice (`CA`/`ABC` is 3, not 2). That is the form typing errors take.
public enum EditDistance {
    /// The number of single-character edits (with adjacent transpositions) between two strings.
    public static func damerauLevenshtein(_ lhs: String, _ rhs: String) -> Int {
        withBytes(lhs, rhs) { damerauLevenshtein($0, $1) }
    }

    /// Whether the distance is at most `limit`; strings whose lengths differ by more are
    /// rejected without computing it.
    public static func isWithin(_ limit: Int, _ lhs: String, _ rhs: String) -> Bool {
        withBytes(lhs, rhs) { a, b in abs(a.count - b.count) <= limit && damerauLevenshtein(a, b) <= limit }
    }

    static func damerauLevenshtein(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { rows in
            // Three rolling rows: two back (for transpositions), previous, current.
            for j in 0..<width { rows[width + j] = j }
            var twoBack = 0
            var previous = width
            var current = 2 * width
            for i in 1...a.count {
                rows[current] = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var best = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        best = min(best, rows[twoBack + j - 2] + 1)
                    }
                    rows[current + j] = best
                }
                (twoBack, previous, current) = (previous, current, twoBack)
            }
            return rows[previous + b.count]
        }
    }
}
