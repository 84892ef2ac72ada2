extension PolicyCompiler {
    /// A literal converted to an attribute's type.
    enum Constant {
        case number(Int)
        case text(String)
    }

    /// `attribute op literal`.
    func attributeAndLiteral(
        _ attribute: PolicyAttribute, _ op: ComparisonOperator, _ token: PolicyToken, _ literal: TermSyntax
    ) throws(PolicyLoadError) -> PolicyPredicate {
        if case .codeSet = attribute.type {
            let hint = op.isMembership ? "" : "; write: value in \(attribute.name)"
            throw error(
                .typeMismatch,
                "\(attribute.name) is \(attribute.type): use it after 'in', as in: location in \(attribute.name)"
                    + hint, at: op.isMembership ? literal.token : token)
        }
        if op.isMembership {
            guard case .list(let items) = literal.value else {
                throw error(
                    .typeMismatch, "'\(op.rawValue)' needs a list on its right, e.g. \(attribute.name) in [a, b]",
                    at: literal.token)
            }
            var constants: [Constant] = []
            for item in items { constants.append(try constant(item, as: attribute)) }
            let test = membership(attribute, constants)
            if op == .notIn { return { !test($0) } }
            return test
        }
        if case .list = literal.value {
            throw error(
                .typeMismatch, "use 'in' to compare \(attribute.name) with a list, as in: \(attribute.name) in [a, b]",
                at: token)
        }
        try checkOperator(op, token, attribute)
        switch (attribute.access, try constant(literal, as: attribute)) {
        case (.number(let read, _), .number(let value)):
            return Self.compare(read, op, value)
        case (.text(let read, _), .text(let value)):
            if op == .equal { return { read($0) == value } }
            return { read($0) != value }
        default:
            throw error(
                .typeMismatch, "\(attribute.name) cannot be compared with \(literal.token.shown)", at: literal.token)
        }
    }

    /// `attribute op attribute`.
    func attributes(
        _ left: PolicyAttribute, _ op: ComparisonOperator, _ token: PolicyToken, _ right: PolicyAttribute,
        _ rightTerm: TermSyntax
    ) throws(PolicyLoadError) -> PolicyPredicate {
        if op.isMembership {
            guard case .codeSet(let members) = right.type, left.type == .code(members),
                case .number(let readCode, _) = left.access, case .number(let readSet, _) = right.access
            else {
                throw error(
                    .typeMismatch,
                    "'\(op.rawValue)' needs a set of the same codes on its right; \(left.name) is \(left.type)"
                        + " and \(right.name) is \(right.type)", at: rightTerm.token)
            }
            let test: PolicyPredicate = { (readSet($0) >> readCode($0)) & 1 != 0 }
            if op == .notIn { return { !test($0) } }
            return test
        }
        try checkOperator(op, token, left)
        switch (left.access, right.access) {
        case (.number(let readLeft, _), .number(let readRight, _)) where left.type == right.type:
            return Self.compare(readLeft, op, readRight)
        case (.text(let readLeft, _), .text(let readRight, _)):
            if op == .equal { return { readLeft($0) == readRight($0) } }
            return { readLeft($0) != readRight($0) }
        default:
            throw error(
                .typeMismatch,
                "\(left.name) is \(left.type) but \(right.name) is \(right.type): they cannot be compared",
                at: rightTerm.token)
        }
    }

    /// `code in set-attribute`, as in `location in request.fields`.
    func codeInSet(
        _ literal: TermSyntax, _ op: ComparisonOperator, _ token: PolicyToken, _ set: PolicyAttribute
    ) throws(PolicyLoadError) -> PolicyPredicate {
        guard case .codeSet(let members) = set.type, case .number(let read, _) = set.access else {
            throw error(
                .typeMismatch, "'\(op.rawValue)' needs a list or a set on its right; \(set.name) is \(set.type)",
                at: token)
        }
        guard let word = literal.word, let bit = members.ordinal(of: word) else {
            throw unknownCode(literal, in: members)
        }
        let mask = 1 << bit
        if op == .notIn { return { read($0) & mask == 0 } }
        return { read($0) & mask != 0 }
    }

    private func checkOperator(
        _ op: ComparisonOperator, _ token: PolicyToken, _ attribute: PolicyAttribute
    ) throws(PolicyLoadError) {
        if op.isOrdering, !attribute.type.isOrdered {
            throw error(
                .typeMismatch,
                "'\(op.rawValue)' compares numbers and dates, but \(attribute.name) is \(attribute.type); use == or in",
                at: token)
        }
    }

    private func membership(_ attribute: PolicyAttribute, _ constants: [Constant]) -> PolicyPredicate {
        switch attribute.access {
        case .text(let read, _):
            let values = constants.compactMap { if case .text(let text) = $0 { text } else { nil } }
            return { values.contains(read($0)) }
        case .number(let read, _):
            let values = constants.compactMap { if case .number(let number) = $0 { number } else { nil } }
            if case .code = attribute.type {
                let mask = values.reduce(0) { $0 | 1 << $1 }
                return { (mask >> read($0)) & 1 != 0 }
            }
            return { values.contains(read($0)) }
        }
    }

    static func compare(
        _ read: @escaping @Sendable (PolicyFacts) -> Int, _ op: ComparisonOperator, _ value: Int
    ) -> PolicyPredicate {
        switch op {
        case .equal: { read($0) == value }
        case .notEqual: { read($0) != value }
        case .less: { read($0) < value }
        case .lessOrEqual: { read($0) <= value }
        case .greater: { read($0) > value }
        case .greaterOrEqual, .isIn, .notIn: { read($0) >= value }
        }
    }

    static func compare(
        _ left: @escaping @Sendable (PolicyFacts) -> Int, _ op: ComparisonOperator,
        _ right: @escaping @Sendable (PolicyFacts) -> Int
    ) -> PolicyPredicate {
        switch op {
        case .equal: { left($0) == right($0) }
        case .notEqual: { left($0) != right($0) }
        case .less: { left($0) < right($0) }
        case .lessOrEqual: { left($0) <= right($0) }
        case .greater: { left($0) > right($0) }
        case .greaterOrEqual, .isIn, .notIn: { left($0) >= right($0) }
        }
    }
}
