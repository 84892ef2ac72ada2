/// The part of a policy a decision runs: each kind of rule as a compact array of
/// compiled conditions, and what each rule records when it fires.
///
/// A class, so copying a ``Policy`` or starting a decision costs one reference
/// count, and rules are read in place rather than copied with their strings.
final class PolicyProgram: Sendable {
    /// One rule, reduced to what the decision loop needs.
    struct Step: Sendable {
        let test: PolicyPredicate
        /// The field categories of an allow or forbid rule, as a bit mask.
        let mask: Int
        /// The category and level of a coarsen rule.
        let coarsening: FieldRelease?
        /// The rule's position in ``Policy/rules`` and ``fired``.
        let index: Int
    }

    let refusals: [Step]
    let holds: [Step]
    let allows: [Step]
    let forbids: [Step]
    let coarsens: [Step]
    /// What each rule records when it fires, by rule position.
    let fired: [FiredRule]
    /// Every allow rule's parts, for "why not", by position in ``allows``.
    let allowConjuncts: [[PolicyConjunct]]

    init(_ rules: [PolicyRule]) {
        func steps(_ kind: PolicyRuleKind) -> [Step] {
            rules.indices.filter { rules[$0].kind == kind }.map {
                Step(test: rules[$0].test, mask: rules[$0].fieldMask, coarsening: rules[$0].coarsening, index: $0)
            }
        }
        self.refusals = steps(.refuse)
        self.holds = steps(.hold)
        self.allows = steps(.allow)
        self.forbids = steps(.forbid)
        self.coarsens = steps(.coarsen)
        self.fired = rules.map(\.fired)
        self.allowConjuncts = rules.filter { $0.kind == .allow }.map(\.conjuncts)
    }
}
