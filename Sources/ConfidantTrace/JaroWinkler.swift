/// Jaro and Jaro–Winkler similarity, the standard measure for short names.
///
/// Jaro counts characters that agree within a window of `max(|a|, |b|) / 2 − 1` and
/// half the transpositions among them; Winkler adds `0.1` per shared leading character
/// (up to four) times the remaining distance, when Jaro is above 0.7.
/// `MARTHA`/`MARHTA` → 0.961, `DWAYNE`/`DUANE` → 0.840, `DIXON`/`DICKSONX` → 0.813.
public enum JaroWinkler {
    /// The Jaro–Winkler similarity of two strings, in `0...1`; symmetric; 1 only for equal strings.
    public static func similarity(_ lhs: String, _ rhs: String) -> Double {
        withBytes(lhs, rhs) { similarity($0, $1) }
    }

    /// The similarity when it is at least `floor`, or 0 when it is certainly below: a cheap
    /// bound on the characters two strings share skips the full computation for unlike names.
    static func similarity(_ lhs: String, _ rhs: String, atLeast floor: Double) -> Double {
        withBytes(lhs, rhs) { a, b in
            guard !a.isEmpty, !b.isEmpty else { return similarity(a, b) }
            var present: UInt64 = 0
            for byte in b { present |= 1 << UInt64(byte & 63) }
            var shared = 0
            for byte in a where present & (1 << UInt64(byte & 63)) != 0 { shared += 1 }
            let bound = min(shared, b.count)
            let m = Double(bound)
            let jaroBound = (m / Double(a.count) + m / Double(b.count) + 1) / 3
            guard jaroBound + 0.4 * (1 - jaroBound) >= floor else { return 0 }
            return similarity(a, b)
        }
    }

    /// The plain Jaro similarity, in `0...1`.
    public static func jaro(_ lhs: String, _ rhs: String) -> Double {
        withBytes(lhs, rhs) { jaro($0, $1) }
    }

    static func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let base = jaro(a, b)
        guard base > 0.7 else { return base }
        var prefix = 0
        while prefix < min(4, a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        return base + Double(prefix) * 0.1 * (1 - base)
    }

    static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        if a.elementsEqual(b) { return 1 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<a.count {
                let low = max(0, i - window)
                let high = min(b.count - 1, i + window)
                guard low <= high else { continue }
                for j in low...high where !flags[a.count + j] && a[i] == b[j] {
                    flags[i] = true
                    flags[a.count + j] = true
                    matches += 1
                    break
                }
            }
            guard matches > 0 else { return 0 }
            var transpositions = 0
            var j = 0
            for i in 0..<a.count where flags[i] {
                while !flags[a.count + j] { j += 1 }
                if a[i] != b[j] { transpositions += 1 }
                j += 1
            }
            let m = Double(matches)
            return (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
        }
    }
}

/// Calls `body` with the UTF-8 bytes of two strings, without copying native strings.
func withBytes<R>(
    _ lhs: String, _ rhs: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R
) -> R {
    var left = lhs
    var right = rhs
    return left.withUTF8 { a in right.withUTF8 { b in body(a, b) } }
}
