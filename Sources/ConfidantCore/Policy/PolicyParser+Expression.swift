extension PolicyParser {
    /// A condition: comparisons joined by `and` or by `or` (never both without
    /// parentheses, so a reader never has to know which binds tighter), each
    /// optionally negated with `not`.
    mutating func expression() throws(PolicyLoadError) -> ExpressionSyntax {
        let first = try unary()
        guard current.isWord("and") || current.isWord("or") else { return first }
        let joiner = current.isWord("and") ? "and" : "or"
        let other = joiner == "and" ? "or" : "and"
        var parts = [first]
        while current.isWord(joiner) {
            _ = advance()
            parts.append(try unary())
        }
        if current.isWord(other) {
            throw error(
                .syntax,
                "'and' and 'or' are mixed here: add parentheses to say which goes together, e.g. a and (b or c)",
                at: current)
        }
        return joiner == "and" ? .all(parts) : .any(parts)
    }

    private mutating func unary() throws(PolicyLoadError) -> ExpressionSyntax {
        if current.isWord("not") {
            let token = advance()
            return .not(try unary(), token)
        }
        if current.isSymbol(.leftParen) {
            let open = advance()
            let inner = try expression()
            guard current.isSymbol(.rightParen) else {
                throw unexpected("')' closing the '(' on line \(open.location.line)")
            }
            let close = advance()
            return .group(inner, start: open, end: close.end)
        }
        let lhs = try term()
        guard let (op, token) = try comparisonOperator() else { return .term(lhs) }
        return .comparison(lhs, op, token, try term())
    }

    private mutating func comparisonOperator() throws(PolicyLoadError) -> (ComparisonOperator, PolicyToken)? {
        let token = current
        switch token.kind {
        case .symbol(let symbol):
            let op: ComparisonOperator? =
                switch symbol {
                case .equal: .equal
                case .notEqual: .notEqual
                case .less: .less
                case .lessOrEqual: .lessOrEqual
                case .greater: .greater
                case .greaterOrEqual: .greaterOrEqual
                case .assign: nil
                default: nil
                }
            if symbol == .assign {
                throw error(.syntax, "a condition compares with '==' (or 'is'); '=' sets a value in a test", at: token)
            }
            guard let op else { return nil }
            _ = advance()
            return (op, token)
        case .word("is"):
            _ = advance()
            if current.isWord("not") {
                _ = advance()
                return (.notEqual, token)
            }
            return (.equal, token)
        case .word("in"):
            _ = advance()
            return (.isIn, token)
        case .word("not"):
            _ = advance()
            try expectWord("in", "'in' after 'not' (as in: x not in [a, b])")
            return (.notIn, token)
        default:
            return nil
        }
    }

    /// An attribute, a code, a literal, or a list of them.
    mutating func term() throws(PolicyLoadError) -> TermSyntax {
        let token = current
        let value: TermSyntax.Value
        switch token.kind {
        case .word(let word) where !Self.keywords.contains(word): value = .word(word)
        case .text(let text): value = .text(text)
        case .integer(let number): value = .integer(number)
        case .decimal(let number): value = .decimal(number)
        case .date(let date): value = .date(date)
        case .symbol(.leftBracket):
            _ = advance()
            var items: [TermSyntax] = []
            while !current.isSymbol(.rightBracket) {
                if !items.isEmpty {
                    try expectSymbol(.comma, "',' or ']' in the list opened on line \(token.location.line)")
                }
                let item = try term()
                if case .list = item.value {
                    throw error(.syntax, "a list cannot contain another list", at: item.token)
                }
                items.append(item)
            }
            let close = advance()
            return TermSyntax(value: .list(items), token: token, end: close.end)
        default:
            throw unexpected("an attribute (such as agency.kind) or a value")
        }
        _ = advance()
        return TermSyntax(value: value, token: token, end: token.end)
    }
}
