extension PolicyParser {
    /// `refuse|hold "name" [when …] because "…"`, `allow|forbid "name" fields […] [when …] because "…"`,
    /// `coarsen "name" category to level [when …] because "…"`.
    mutating func rule(_ kind: PolicyRuleKind) throws(PolicyLoadError) -> RuleSyntax {
        let keyword = advance()
        guard case .text(let name) = current.kind else {
            throw unexpected("the rule's name in quotes, e.g. \(kind.keyword) \"police-serious-crime\"")
        }
        let nameToken = advance()
        guard PolicyRuleNames.isValid(name) else {
            throw error(.syntax, PolicyRuleNames.rule(for: "a rule name"), at: nameToken)
        }
        var rule = RuleSyntax(kind: kind, keyword: keyword, name: name, nameToken: nameToken, reason: "")
        switch kind {
        case .allow, .forbid:
            try expectWord("fields", "'fields' and a list of field categories, e.g. fields [identity, location]")
            rule.fields = try wordList("field categories")
            guard !rule.fields.isEmpty else {
                throw error(.syntax, "name at least one field category", at: nameToken)
            }
        case .coarsen:
            let category = try wordTerm("a field category to coarsen (location, demographics or registration)")
            try expectWord("to", "'to' and a level, e.g. coarsen \"…\" location to district")
            let level = try wordTerm("a level, e.g. district")
            rule.coarsening = (category, level)
        case .refuse, .hold, .builtIn:
            break
        }
        if current.isWord("when") {
            _ = advance()
            rule.condition = try expression()
        }
        try expectWord("because", "'because' and the reason in quotes")
        rule.reason = try text("the reason in quotes").0
        return rule
    }

    /// A bare word, as a term.
    mutating func wordTerm(_ expected: String) throws(PolicyLoadError) -> TermSyntax {
        guard case .word(let word) = current.kind, !Self.keywords.contains(word) else { throw unexpected(expected) }
        let token = advance()
        return TermSyntax(value: .word(word), token: token, end: token.end)
    }

    /// `[word, word, …]`.
    mutating func wordList(_ what: String) throws(PolicyLoadError) -> [TermSyntax] {
        try expectSymbol(.leftBracket, "'[' starting a list of \(what)")
        var words: [TermSyntax] = []
        while !current.isSymbol(.rightBracket) {
            if !words.isEmpty { try expectSymbol(.comma, "',' or ']'") }
            words.append(try wordTerm("one of the \(what)"))
        }
        _ = advance()
        return words
    }
}
