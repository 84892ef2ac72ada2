import ConfidantCore

/// One decision as `confidant policy explain` shows it: which request, on which day, under
/// which file, and the decision itself.
struct PolicyExplanation: Encodable {
    /// The request decided.
    var request: RequestID
    /// The day of the decision, which chose the version.
    var decidedOn: CalendarDate
    /// The policy file that decided, as loaded.
    var policyFile: String
    /// The decision, with every rule that fired and the why-not.
    var decision: PolicyDecision

    private enum CodingKeys: String, CodingKey {
        case request
        case decidedOn = "decided_on"
        case policyFile = "policy_file"
        case decision
    }

    /// The explanation for a person: a few labelled lines, each rule's reason under it.
    var text: String {
        let decisive = decision.decisiveRule.map { " by \($0.name)" } ?? ""
        var lines = [
            "\(request) decided on \(decidedOn): \(decision.outcome.rawValue)\(decisive)",
            "policy: \(decision.policy.id) v\(decision.policy.version), in force from "
                + "\(decision.policy.effective) (\(policyFile))",
            "        sha256:\(decision.policy.contentHash)",
            "rules fired:",
        ]
        for rule in decision.firedRules {
            lines.append("  \(rule.kind.rawValue) \(rule.name)\(rule.line.map { " (line \($0))" } ?? "")")
            lines.append("      \(rule.reason)")
        }
        if decision.fields.isEmpty {
            lines.append("fields: none released")
        } else {
            let fields = decision.fields.description.dropFirst().dropLast()
            lines.append("fields: may be released after review: \(fields)")
        }
        if let whyNot = decision.whyNot { lines += Self.lines(whyNot) }
        return lines.joined(separator: "\n")
    }

    /// `why not: 'rule' (line N) would have allowed it if:` and a line per failing condition.
    private static func lines(_ whyNot: WhyNot) -> [String] {
        guard !whyNot.failedConditions.isEmpty else { return ["why not: \(whyNot.summary)"] }
        return ["why not: '\(whyNot.rule)' (line \(whyNot.line)) would have allowed it if:"]
            + whyNot.failedConditions.map { condition in
                let values = condition.readings.map { "\($0.attribute) is \($0.value)" }.joined(separator: ", ")
                return "         \(condition.text)\(values.isEmpty ? "" : " (\(values))")"
            }
    }
}
