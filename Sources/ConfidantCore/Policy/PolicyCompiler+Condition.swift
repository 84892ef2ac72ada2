extension PolicyCompiler {
    /// One side of a comparison, resolved.
    enum Operand {
        case attribute(PolicyAttribute, TermSyntax)
        case literal(TermSyntax)
    }

    /// Type-checks `expression` and compiles it to a closure.
    func predicate(_ expression: ExpressionSyntax) throws(PolicyLoadError) -> PolicyPredicate {
        switch expression {
        case .all(let parts):
            // Chained two-part closures, built without generics: a closure that passes through a
            // generic (an array, reduce) is called through a thunk that copies the facts.
            var joined = try predicate(parts[0])
            for part in parts.dropFirst() {
                let (first, second) = (joined, try predicate(part))
                joined = { first($0) && second($0) }
            }
            return joined
        case .any(let parts):
            var joined = try predicate(parts[0])
            for part in parts.dropFirst() {
                let (first, second) = (joined, try predicate(part))
                joined = { first($0) || second($0) }
            }
            return joined
        case .not(let inner, _):
            let compiled = try predicate(inner)
            return { !compiled($0) }
        case .group(let inner, _, _):
            return try predicate(inner)
        case .term(let term):
            return try lone(term)
        case .comparison(let lhs, let op, let token, let rhs):
            return try comparison(lhs, op, token, rhs)
        }
    }

    func resolve(_ term: TermSyntax) throws(PolicyLoadError) -> Operand {
        guard term.isAttribute, let word = term.word else { return .literal(term) }
        guard let attribute = PolicyAttribute.named(word) else {
            throw error(
                .unknownAttribute,
                "unknown attribute '\(word)'" + NameSuggestion.hint(for: word, among: PolicyAttribute.all.map(\.name))
                    + " (docs/policy.md lists every attribute)", at: term.token)
        }
        return .attribute(attribute, term)
    }

    /// A term standing alone as a condition: a yes/no attribute, or `true`/`false`.
    private func lone(_ term: TermSyntax) throws(PolicyLoadError) -> PolicyPredicate {
        switch try resolve(term) {
        case .attribute(let attribute, _):
            guard attribute.type == .bool, case .number(let read, _) = attribute.access else {
                throw error(
                    .typeMismatch,
                    "\(attribute.name) is \(attribute.type), not yes/no; compare it with a value, e.g. \(attribute.name) == …",
                    at: term.token)
            }
            return { read($0) != 0 }
        case .literal:
            if term.word == "true" { return { _ in true } }
            if term.word == "false" { return { _ in false } }
            throw error(
                .typeMismatch,
                "\(term.token.shown) is not a condition; compare an attribute with it, e.g. agency.kind == …",
                at: term.token)
        }
    }

    private func comparison(
        _ lhs: TermSyntax, _ op: ComparisonOperator, _ token: PolicyToken, _ rhs: TermSyntax
    ) throws(PolicyLoadError) -> PolicyPredicate {
        switch (try resolve(lhs), try resolve(rhs)) {
        case (.attribute(let left, _), .attribute(let right, let rightTerm)):
            return try attributes(left, op, token, right, rightTerm)
        case (.attribute(let attribute, _), .literal(let literal)):
            return try attributeAndLiteral(attribute, op, token, literal)
        case (.literal(let literal), .attribute(let attribute, _)):
            if op.isMembership { return try codeInSet(literal, op, token, attribute) }
            return try attributeAndLiteral(attribute, op.swapped, token, literal)
        case (.literal, .literal):
            throw error(
                .typeMismatch,
                "a condition compares an attribute (such as agency.kind) with a value; neither side of '\(op.rawValue)' is an attribute",
                at: lhs.token)
        }
    }
}
