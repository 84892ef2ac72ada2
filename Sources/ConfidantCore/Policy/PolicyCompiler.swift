/// Checks a parsed policy's names and types and compiles its conditions into
/// closures, so a policy that loads can only fail a request, never crash on one.
struct PolicyCompiler {
    let file: String
    let source: [Unicode.Scalar]

    func error(_ code: PolicyLoadError.Code, _ message: String, at token: PolicyToken) -> PolicyLoadError {
        PolicyLoadError(code, message, file: file, at: token.location)
    }

    /// Compiles every rule, checking that names are unique.
    func rules(_ syntax: PolicySyntax) throws(PolicyLoadError) -> [PolicyRule] {
        var seen: [String: Int] = [:]
        var rules: [PolicyRule] = []
        for rule in syntax.rules {
            if let line = seen[rule.name] {
                throw error(
                    .duplicateName,
                    "there is already a rule called '\(rule.name)' (line \(line)); rule names are unique",
                    at: rule.nameToken)
            }
            seen[rule.name] = rule.keyword.location.line
            rules.append(try compile(rule))
        }
        return rules
    }

    private func compile(_ rule: RuleSyntax) throws(PolicyLoadError) -> PolicyRule {
        var fields: [FieldCategory] = []
        for term in rule.fields { fields.append(try fieldCategory(term)) }
        var coarsening: FieldRelease?
        if let (categoryTerm, levelTerm) = rule.coarsening {
            let category = try fieldCategory(categoryTerm)
            guard FieldCoarsening.levels(for: category).count > 1 else {
                throw error(
                    .unknownValue,
                    "\(category.rawValue) cannot be coarsened; only location, demographics and registration can",
                    at: categoryTerm.token)
            }
            coarsening = FieldRelease(category, at: try level(levelTerm, of: category))
        }
        var conjuncts: [PolicyConjunct] = []
        var test: PolicyPredicate = { _ in true }
        if let condition = rule.condition {
            test = try predicate(condition)
            for part in condition.conjuncts {
                var attributes: [PolicyAttribute] = []
                for term in part.attributeTerms {
                    if let word = term.word, let attribute = PolicyAttribute.named(word),
                        !attributes.contains(where: { $0.name == word })
                    {
                        attributes.append(attribute)
                    }
                }
                conjuncts.append(
                    PolicyConjunct(
                        text: text(from: part.start.offset, to: part.end), location: part.start,
                        attributes: attributes, test: try predicate(part)))
            }
        }
        return PolicyRule(
            name: rule.name, kind: rule.kind, reason: rule.reason, line: rule.keyword.location.line,
            column: rule.keyword.location.column, fields: fields, coarsening: coarsening,
            condition: rule.condition.map { text(from: $0.start.offset, to: $0.end) },
            fieldMask: FieldCategory.mask(fields), test: test, conjuncts: conjuncts,
            fired: FiredRule(name: rule.name, kind: rule.kind, reason: rule.reason, line: rule.keyword.location.line))
    }

    func fieldCategory(_ term: TermSyntax) throws(PolicyLoadError) -> FieldCategory {
        guard let word = term.word, let category = FieldCategory(rawValue: word) else {
            throw unknownCode(term, in: .fieldCategory)
        }
        return category
    }

    func level(_ term: TermSyntax, of category: FieldCategory) throws(PolicyLoadError) -> FieldCoarsening {
        let levels = FieldCoarsening.levels(for: category)
        guard let word = term.word, let level = FieldCoarsening(rawValue: word), levels.contains(level) else {
            let names = levels.map(\.rawValue)
            throw error(
                .unknownValue,
                "'\(term.word ?? "?")' is not a level of \(category.rawValue); expected one of: \(names.joined(separator: ", "))"
                    + NameSuggestion.hint(for: term.word ?? "", among: names), at: term.token)
        }
        return level
    }

    func unknownCode(_ term: TermSyntax, in enumeration: PolicyEnumeration) -> PolicyLoadError {
        let shown = term.word.map { "'\($0)'" } ?? term.token.shown
        return error(
            .unknownValue,
            "\(shown) is not \(enumeration.name); expected one of: \(enumeration.members.joined(separator: ", "))"
                + NameSuggestion.hint(for: term.word ?? "", among: enumeration.members), at: term.token)
    }

    /// The source between two offsets, comments dropped and spaces collapsed.
    func text(from start: Int, to end: Int) -> String {
        var result = String.UnicodeScalarView()
        var inQuotes = false
        var inComment = false
        var pendingSpace = false
        for scalar in source[start..<min(end, source.count)] {
            if inComment {
                if scalar == "\n" { inComment = false }
                continue
            }
            if scalar == "#", !inQuotes {
                inComment = true
                continue
            }
            if scalar == "\"" { inQuotes.toggle() }
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace, scalar != ")" { result.append(" ") }
            if pendingSpace, scalar == ")", result.last != "(" { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }
}
