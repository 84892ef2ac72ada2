/// A lookup key a query produces, tagged with the rule that made it.
public struct QueryBlockingKey: Sendable, Hashable {
    /// The key as stored (BIGINT).
    public var key: Int64
    /// The rule that made it.
    public var rule: BlockingRule

    /// Tags a key with its rule.
    public init(key: Int64, rule: BlockingRule) {
        self.key = key
        self.rule = rule
    }
}

/// A key with its rule, and whether it is a variant (a guess at an error) rather than
/// the key the query's own values give.
struct TaggedKey: Hashable, Sendable {
    var key: Int64
    var rule: BlockingRule
    var isVariant: Bool
}
