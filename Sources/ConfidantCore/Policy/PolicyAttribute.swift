/// An attribute a policy condition can read, such as `agency.kind` or
/// `offence.max_sentence_months`: its name, its type, what it means, and the value
/// a policy test starts from.
///
/// The set is fixed in code (``all``), so a policy that names anything else fails
/// to load. `docs/policy.md` has the same table for readers.
public struct PolicyAttribute: Sendable {
    /// The name as written in policies.
    public let name: String
    /// What values it holds.
    public let type: PolicyType
    /// What it means, in a sentence.
    public let summary: String
    /// The value a policy test starts from, as written in policies.
    public let testDefault: String
    let access: Access

    /// How the attribute is read from, and set in, the facts.
    enum Access: Sendable {
        case number(read: @Sendable (PolicyFacts) -> Int, write: @Sendable (inout PolicyFacts, Int) -> Void)
        case text(read: @Sendable (PolicyFacts) -> String, write: @Sendable (inout PolicyFacts, String) -> Void)
    }

    init(_ name: String, _ type: PolicyType, _ summary: String, default testDefault: String, _ access: Access) {
        self.name = name
        self.type = type
        self.summary = summary
        self.testDefault = testDefault
        self.access = access
    }

    /// The attribute called `name`, if there is one.
    public static func named(_ name: String) -> PolicyAttribute? { byName[name] }

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The number the facts hold for this attribute (0 for a text attribute).
    func number(_ facts: PolicyFacts) -> Int {
        if case .number(let read, _) = access { return read(facts) }
        return 0
    }

    /// The attribute's value in `facts`, written as a policy would write it.
    func display(_ facts: PolicyFacts) -> String {
        switch access {
        case .text(let read, _):
            return "\"\(read(facts))\""
        case .number(let read, _):
            return PolicyValueFormat.display(read(facts), as: type)
        }
    }
}
