/// Where candidates come from. The stores implement it with an index (key → NHS number)
/// joined to the patient row's profile BLOB; ``InMemoryTraceIndex`` does it in memory.
public protocol TraceCandidateSource: Sendable {
    /// For each key, the profiles filed under it (at most `limitPerKey` per key); keys with
    /// nothing filed may be absent from the result.
    ///
    /// - Throws: whatever the store throws when it cannot be read.
    func profiles(forBlockingKeys keys: [Int64], limitPerKey: Int) async throws -> [Int64: [TraceProfile]]
}
