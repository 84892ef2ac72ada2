extension Policy {
    /// The nearest allow rule for a refused request: among the allow rules naming a
    /// category the request asked for (all of them, if none does), the one with the
    /// fewest failing conditions, the first written on a tie.
    ///
    /// - Returns: `nil` when the policy has no allow rule at all.
    func whyNot(_ facts: PolicyFacts, fired: [FiredRule], _ program: PolicyProgram) -> WhyNot? {
        let wanted = facts.requestedFields & ~(1 << FieldCategory.clinical.policyOrdinal)
        let allows = program.allows
        let anyRelevant = allows.contains { $0.mask & wanted != 0 }
        var nearest = -1
        var fewest = Int.max
        for index in allows.indices where !anyRelevant || allows[index].mask & wanted != 0 {
            var failing = 0
            let conjuncts = program.allowConjuncts[index]
            for part in conjuncts.indices where !conjuncts[part].test(facts) { failing += 1 }
            if failing < fewest {
                (nearest, fewest) = (index, failing)
                if failing == 0 { break }
            }
        }
        guard nearest >= 0 else { return nil }
        var conditions: [FailedCondition] = []
        if fewest > 0 {
            conditions.reserveCapacity(fewest)
            for conjunct in program.allowConjuncts[nearest] where !conjunct.test(facts) {
                conditions.append(
                    FailedCondition(
                        text: conjunct.text, line: conjunct.location.line, column: conjunct.location.column,
                        readings: conjunct.attributes.map {
                            AttributeReading(attribute: $0.name, value: $0.display(facts))
                        }))
            }
        }
        var blockers: [String] = []
        for rule in fired where rule.kind != .allow && rule.kind != .coarsen { blockers.append(rule.name) }
        let rule = program.fired[allows[nearest].index]
        return WhyNot(
            rule: rule.name, reason: rule.reason, line: rule.line ?? 0, failedConditions: conditions,
            blockedBy: blockers)
    }
}
