extension PolicyParser {
    /// `test "name" { attribute = value … expect … }`.
    mutating func test() throws(PolicyLoadError) -> TestSyntax {
        _ = advance()
        guard case .text(let name) = current.kind else { throw unexpected("the test's name in quotes") }
        var test = TestSyntax(name: name, nameToken: advance())
        try expectSymbol(.leftBrace, "'{' starting the test's settings and expectations")
        while !current.isSymbol(.rightBrace) {
            if current.isSymbol(.semicolon) {
                _ = advance()
            } else if current.isWord("expect") {
                _ = advance()
                test.expectations.append(try expectation())
            } else if case .word(let word) = current.kind, !Self.keywords.contains(word) {
                let attribute = try term()
                try expectSymbol(.assign, "'=' and a value, e.g. \(word) = …")
                test.assignments.append((attribute, try term()))
            } else {
                throw unexpected("a setting (attribute = value), 'expect', or '}' closing the test")
            }
        }
        _ = advance()
        guard !test.expectations.isEmpty else {
            throw error(.syntax, "a test needs at least one 'expect'", at: test.nameToken)
        }
        return test
    }

    private mutating func expectation() throws(PolicyLoadError) -> ExpectationSyntax {
        let token = current
        if current.isWord("fields") {
            _ = advance()
            try expectSymbol(.leftBracket, "'[' starting the list of released field categories")
            var items: [(category: TermSyntax, level: TermSyntax?)] = []
            while !current.isSymbol(.rightBracket) {
                if !items.isEmpty { try expectSymbol(.comma, "',' or ']'") }
                let category = try wordTerm("a field category")
                var level: TermSyntax?
                if current.isWord("to") {
                    _ = advance()
                    level = try wordTerm("a level, e.g. district")
                }
                items.append((category, level))
            }
            _ = advance()
            return .fields(items, token)
        }
        if current.isWord("fired") || current.isWord("not") {
            let negated = current.isWord("not")
            _ = advance()
            if negated { try expectWord("fired", "'fired' after 'expect not'") }
            let (name, nameToken) = try text("a rule name in quotes")
            return .fired(name: name, token: nameToken, negated: negated)
        }
        let outcome = try wordTerm(
            "an outcome (\(DecisionOutcome.allCases.map(\.rawValue).joined(separator: ", "))), 'fields' or 'fired'")
        var by: (String, PolicyToken)?
        if current.isWord("by") {
            _ = advance()
            by = try text("a rule name in quotes")
        }
        return .outcome(outcome, by: by)
    }
}
