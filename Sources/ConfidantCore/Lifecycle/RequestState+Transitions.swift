extension RequestState {
    /// The state after `event`.
    ///
    /// - Throws: ``LifecycleViolation``: `outOfOrder` if the event does not follow from
    ///   this state or its sequence number is not the next; `sameReviewerAndApprover`
    ///   if the approver reviewed the request; `notStaff`, `invalidReview`,
    ///   `fieldsNotAllowed` or `noEmbargo` as their names say.
    public func applying(_ event: RequestEvent) throws(LifecycleViolation) -> RequestState {
        guard event.sequence == eventCount else {
            throw LifecycleViolation(.outOfOrder, "event \(event.sequence) arrived when event \(eventCount) was due")
        }
        var next = self
        next.eventCount += 1
        switch event.body {
        case .received:
            try require(eventCount == 0, "a request is received once, first")
        case .traced(let trace):
            try require(eventCount > 0 && status == .received, "a request is traced once, after it is received")
            next.trace = trace
            next.status = .traced
        case .decided(let decision):
            try require(
                status == .traced || status == .held, "a request is decided after its trace, or when released from hold"
            )
            if decision.outcome == .queuedForReview && !(trace?.isUniqueMatch ?? false) {
                throw LifecycleViolation(.fieldsNotAllowed, "nothing may be released without a unique trace match")
            }
            next.decision = decision
            // A decision after a hold starts the human steps again: an earlier review no longer stands.
            next.review = nil
            next.reviewer = nil
            switch decision.outcome {
            case .refused, .notTraced, .ambiguousTrace:
                next.status = .refused
                next.refusalReason = decision.decisiveRule?.reason ?? "no rule allows this request"
            case .held: next.status = .held
            case .queuedForReview: next.status = .awaitingReview
            }
        case .held:
            try require(
                !status.isSettled && status != .held && status != .approved, "only an unsettled request can be held")
            next.status = .held
        case .reviewed(let test):
            try next.applyReview(test, by: event.actor)
        case .approved:
            try require(status == .awaitingApproval, "only a recommended release can be approved")
            let approver = try staff(event.actor)
            guard approver != reviewer else {
                throw LifecycleViolation(.sameReviewerAndApprover, "the approver must not be the person who reviewed")
            }
            next.approver = approver
            next.status = .approved
        case .released(let fields):
            try require(status == .approved, "only an approved request is released")
            guard case .release(let recommended) = review?.recommendation, Set(fields) == Set(recommended) else {
                throw LifecycleViolation(.fieldsNotAllowed, "the fields released must be exactly those approved")
            }
            next.releasedFields = fields
            next.status = .released
        case .refused(let reason):
            _ = try staff(event.actor)
            try require(
                status == .awaitingReview || status == .awaitingApproval || status == .held,
                "only a request under review, or held, is refused by a person")
            next.refusalReason = reason
            next.status = .refused
        case .embargoLifted:
            guard isEmbargoed else { throw LifecycleViolation(.noEmbargo, "the request has no embargo to lift") }
            next.isEmbargoed = false
        }
        return next
    }

    private mutating func applyReview(_ test: PublicInterestTest, by actor: RequestActor) throws(LifecycleViolation) {
        try require(status == .awaitingReview, "only a request awaiting review is reviewed")
        reviewer = try staff(actor)
        let problems = test.problems
        guard problems.isEmpty else { throw LifecycleViolation(.invalidReview, problems.joined(separator: "; ")) }
        review = test
        switch test.recommendation {
        case .release(let fields):
            // Narrowing means fewer categories, or the same category at the same or a coarser level.
            let allowed = decision?.fields ?? .none
            let narrower = fields.allSatisfy { field in
                guard let level = allowed.coarsening(of: field.category) else { return false }
                return field.coarsening == level
                    || (field.coarsening.category == field.category && field.coarsening.rank > level.rank)
            }
            guard narrower else {
                throw LifecycleViolation(
                    .fieldsNotAllowed, "a reviewer may narrow the policy's fields, never widen them")
            }
            status = .awaitingApproval
        case .refuse(let reason):
            refusalReason = reason
            status = .refused
        }
    }

    private func staff(_ actor: RequestActor) throws(LifecycleViolation) -> String {
        guard let id = actor.staffID else { throw LifecycleViolation(.notStaff, "only a member of staff may do this") }
        return id
    }

    private func require(_ condition: Bool, _ rule: String) throws(LifecycleViolation) {
        guard condition else { throw LifecycleViolation(.outOfOrder, "\(rule); the request is \(status.rawValue)") }
    }
}
