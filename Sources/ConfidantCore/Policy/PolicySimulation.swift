/// Replays requests under two policy versions and reports what would change:
/// "what would the May 2018 rules have done to 2016's requests?"
///
/// Each request is decided under both versions on its own decision day, so the
/// agreements' statuses are as they were then; only the policy differs.
public enum PolicySimulation {
    /// Decides every input under `before` and `after` and compares the decisions.
    ///
    /// - Parameters:
    ///   - inputs: the requests with their agency, agreement, trace and patient flags.
    ///   - before: the version to compare from (usually the one in force at the time).
    ///   - after: the version to compare to.
    ///   - examples: how many request ids to keep as examples of each change.
    /// - Returns: counts by outcome and by rule under each version, and each kind of change.
    public static func compare(
        _ inputs: [PolicyInput], before: Policy, after: Policy, examples: Int = 5
    ) -> SimulationReport {
        var tally = Tally()
        for input in inputs {
            let facts = PolicyFacts(input)
            tally.add(input.request.id, before.decide(facts), after.decide(facts), examples: examples)
        }
        return tally.report(before: before.reference, after: after.reference, total: inputs.count)
    }

    /// Running counts, kept in dictionaries keyed by outcome, rule and change.
    private struct Tally {
        var outcomes: [DecisionOutcome: (before: Int, after: Int)] = [:]
        var rules: [String: (before: Int, after: Int)] = [:]
        var changes: [ChangeKey: (count: Int, examples: [RequestID])] = [:]
        var unchanged = 0

        mutating func add(_ id: RequestID, _ old: PolicyDecision, _ new: PolicyDecision, examples: Int) {
            outcomes[old.outcome, default: (0, 0)].before += 1
            outcomes[new.outcome, default: (0, 0)].after += 1
            for rule in old.firedRules { rules[rule.name, default: (0, 0)].before += 1 }
            for rule in new.firedRules { rules[rule.name, default: (0, 0)].after += 1 }
            guard old.outcome != new.outcome || old.fields != new.fields else {
                unchanged += 1
                return
            }
            let key = ChangeKey(
                from: old.outcome, fromRule: old.decisiveRule?.name, fromFields: old.fields, to: new.outcome,
                toRule: new.decisiveRule?.name, toFields: new.fields)
            changes[key, default: (0, [])].count += 1
            if changes[key, default: (0, [])].examples.count < examples {
                changes[key, default: (0, [])].examples.append(id)
            }
        }

        func report(before: PolicyReference, after: PolicyReference, total: Int) -> SimulationReport {
            SimulationReport(
                before: before, after: after, total: total, unchanged: unchanged,
                outcomes: DecisionOutcome.allCases.compactMap { outcome in
                    outcomes[outcome].map { OutcomeCount(outcome: outcome, before: $0.before, after: $0.after) }
                },
                rules: rules.map { RuleCount(rule: $0.key, before: $0.value.before, after: $0.value.after) }
                    .sorted { ($0.after + $0.before, $1.rule) > ($1.after + $1.before, $0.rule) },
                changes: changes.map { key, value in
                    DecisionChange(
                        from: key.from, fromRule: key.fromRule, fromFields: key.fromFields, to: key.to,
                        toRule: key.toRule, toFields: key.toFields, count: value.count, examples: value.examples)
                }
                .sorted { ($0.count, $1.description) > ($1.count, $0.description) })
        }
    }

    private struct ChangeKey: Hashable {
        var from: DecisionOutcome
        var fromRule: String?
        var fromFields: ReleasableFields
        var to: DecisionOutcome
        var toRule: String?
        var toFields: ReleasableFields
    }
}
