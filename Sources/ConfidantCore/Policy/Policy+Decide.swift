extension Policy {
    private static let clinical = 1 << FieldCategory.clinical.policyOrdinal
    private static let restrictedFields = FieldCategory.mask([.location, .contact, .registration])

    /// Decides a request under this version: default deny; built-in rules first
    /// (agreement, suspension, redaction); refuse beats everything, then hold; field
    /// rules allow, forbid (forbid wins) and coarsen; clinical is never released; a
    /// restricted patient's location, contact and registration are never released;
    /// nothing is released without a unique trace.
    ///
    /// - Returns: the decision, with every rule that fired and, for a refusal, the why-not.
    public func decide(_ input: PolicyInput) -> PolicyDecision {
        decide(PolicyFacts(input))
    }

    func decide(_ facts: PolicyFacts) -> PolicyDecision {
        let program = self.program
        if let gate = Self.gate(facts) {
            if gate == BuiltInRule.agreementSuspended {
                return PolicyDecision(outcome: .held, fields: .none, policy: reference, firedRules: [gate])
            }
            return refusal([gate], facts, program)
        }
        var fired: [FiredRule] = []
        fired.reserveCapacity(8)
        let refusals = program.refusals
        for index in refusals.indices where refusals[index].test(facts) {
            fired.append(program.fired[refusals[index].index])
        }
        if !fired.isEmpty { return refusal(fired, facts, program) }
        let holds = program.holds
        for index in holds.indices where holds[index].test(facts) { fired.append(program.fired[holds[index].index]) }
        if !fired.isEmpty { return PolicyDecision(outcome: .held, fields: .none, policy: reference, firedRules: fired) }

        var fields = ReleasableFields.none
        let allowed = Self.apply(program.allows, facts, program, &fired)
        let forbidden = Self.apply(program.forbids, facts, program, &fired)
        let coarsens = program.coarsens
        for index in coarsens.indices where coarsens[index].test(facts) {
            if let coarsening = coarsens[index].coarsening {
                fields.coarsen(coarsening.category, to: coarsening.coarsening)
            }
            fired.append(program.fired[coarsens[index].index])
        }
        var release = allowed & ~forbidden & facts.requestedFields
        if facts.requestedFields & Self.clinical != 0 { fired.append(BuiltInRule.clinicalNeverReleased) }
        release &= ~Self.clinical
        if release & ~facts.agreementFields != 0 {
            fired.append(BuiltInRule.outsideAgreement)
            release &= facts.agreementFields
        }
        if facts.securityLabel != SecurityLabel.unrestricted.policyOrdinal, release & Self.restrictedFields != 0 {
            fired.append(BuiltInRule.restrictedPatient)
            release &= ~Self.restrictedFields
        }
        guard release != 0 else {
            fired.append(BuiltInRule.defaultDeny)
            return refusal(fired, facts, program)
        }
        guard facts.traceOutcome == TraceOutcome.uniqueMatch.policyOrdinal else {
            fired.append(BuiltInRule.uniqueTraceRequired)
            let outcome: DecisionOutcome =
                facts.traceOutcome == TraceOutcome.ambiguous.policyOrdinal ? .ambiguousTrace : .notTraced
            return PolicyDecision(outcome: outcome, fields: .none, policy: reference, firedRules: fired)
        }
        fields.mask = release
        return PolicyDecision(outcome: .queuedForReview, fields: fields, policy: reference, firedRules: fired)
    }

    /// Runs allow or forbid rules, recording those that fire; returns the union of their fields.
    private static func apply(
        _ steps: [PolicyProgram.Step], _ facts: PolicyFacts, _ program: PolicyProgram, _ fired: inout [FiredRule]
    ) -> Int {
        var mask = 0
        for index in steps.indices where steps[index].test(facts) {
            mask |= steps[index].mask
            fired.append(program.fired[steps[index].index])
        }
        return mask
    }

    /// The built-in rule about the agreement or the record that stops the request, if any.
    private static func gate(_ facts: PolicyFacts) -> FiredRule? {
        guard facts.agreementMatchesAgency else { return BuiltInRule.agreementMismatch }
        switch facts.agreementStatus {
        case PolicyEnumeration.notInForce: return BuiltInRule.agreementNotInForce
        case AgreementStatus.withdrawn.policyOrdinal: return BuiltInRule.agreementWithdrawn
        case AgreementStatus.suspended.policyOrdinal: return BuiltInRule.agreementSuspended
        default: break
        }
        if facts.agreementPurposes & (1 << facts.purpose) == 0 { return BuiltInRule.purposeNotInAgreement }
        if facts.agreementLegalBases & (1 << facts.legalBasis) == 0 { return BuiltInRule.legalBasisNotInAgreement }
        if facts.securityLabel == SecurityLabel.redacted.policyOrdinal { return BuiltInRule.redactedRecord }
        return nil
    }

    private func refusal(_ fired: [FiredRule], _ facts: PolicyFacts, _ program: PolicyProgram) -> PolicyDecision {
        PolicyDecision(
            outcome: .refused, fields: .none, policy: reference, firedRules: fired,
            whyNot: whyNot(facts, fired: fired, program))
    }
}
