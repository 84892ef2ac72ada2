extension PolicyCompiler {
    /// Converts `term` to a value of `attribute`'s type, or explains why it is not one.
    func constant(_ term: TermSyntax, as attribute: PolicyAttribute) throws(PolicyLoadError) -> Constant {
        switch (attribute.type, term.value) {
        case (.bool, .word("true")): return .number(1)
        case (.bool, .word("false")): return .number(0)
        case (.int, .integer(let value)): return .number(value)
        case (.decimal, .integer(let value)): return .number(value * 1_000_000)
        case (.decimal, .decimal(let value)): return .number(value)
        case (.date, .date(let date)): return .number(date.daysSinceEpoch)
        case (.text, .text(let text)): return .text(text)
        case (.code(let members), .word(let word)):
            guard let ordinal = members.ordinal(of: word) else { throw unknownCode(term, in: members) }
            return .number(ordinal)
        case (.codeSet(let members), .list(let items)):
            var mask = 0
            for item in items {
                guard let word = item.word, let ordinal = members.ordinal(of: word) else {
                    throw unknownCode(item, in: members)
                }
                mask |= 1 << ordinal
            }
            return .number(mask)
        case (.code, .text(let text)):
            throw error(
                .typeMismatch, "\(attribute.name) holds codes, written without quotes: \(text), not \"\(text)\"",
                at: term.token)
        default:
            let shown = if case .list = term.value { "the list" } else { term.token.shown }
            throw error(
                .typeMismatch, "\(attribute.name) is \(attribute.type), but \(shown) is \(Self.kind(of: term))",
                at: term.token)
        }
    }

    /// What a literal is, for type-mismatch messages.
    static func kind(of term: TermSyntax) -> String {
        switch term.value {
        case .word("true"), .word("false"): "yes/no"
        case .word: "a code"
        case .text: "text"
        case .integer: "a whole number"
        case .decimal: "a decimal number"
        case .date: "a date"
        case .list: "a list"
        }
    }
}
