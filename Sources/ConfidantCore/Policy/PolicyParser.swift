/// Parses a policy file into a ``PolicySyntax``: the header, the rules and the tests.
///
/// ```
/// policy "nhs-disclosure" version 2 effective 2018-05-09
/// title "Home Office requests narrowed to serious crime"
/// refuse "name" when <condition> because "reason"
/// allow "name" fields [identity, location] when <condition> because "reason"
/// forbid "name" fields [contact] when <condition> because "reason"
/// coarsen "name" location to district when <condition> because "reason"
/// hold "name" when <condition> because "reason"
/// test "name" { attribute = value  expect outcome }
/// ```
struct PolicyParser {
    static let keywords: Set<String> = [
        "policy", "version", "effective", "title", "refuse", "hold", "allow", "forbid", "coarsen", "fields", "to",
        "when", "because", "and", "or", "not", "in", "is", "test", "expect", "by", "fired",
    ]

    let file: String
    private let tokens: [PolicyToken]
    private var position = 0

    init(source: String, file: String) throws(PolicyLoadError) {
        var lexer = PolicyLexer(source: source, file: file)
        self.tokens = try lexer.tokens()
        self.file = file
    }

    var current: PolicyToken { tokens[position] }

    mutating func advance() -> PolicyToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func error(_ code: PolicyLoadError.Code, _ message: String, at token: PolicyToken) -> PolicyLoadError {
        PolicyLoadError(code, message, file: file, at: token.location)
    }

    func unexpected(_ expected: String) -> PolicyLoadError {
        error(.syntax, "expected \(expected), found \(current.shown)", at: current)
    }

    /// Consumes the keyword `word`, or fails saying what was expected.
    mutating func expectWord(_ word: String, _ expected: String? = nil) throws(PolicyLoadError) {
        guard current.isWord(word) else { throw unexpected(expected ?? "'\(word)'") }
        _ = advance()
    }

    mutating func expectSymbol(_ symbol: PolicyToken.Symbol, _ expected: String) throws(PolicyLoadError) {
        guard current.isSymbol(symbol) else { throw unexpected(expected) }
        _ = advance()
    }

    /// Consumes quoted text.
    mutating func text(_ expected: String) throws(PolicyLoadError) -> (String, PolicyToken) {
        guard case .text(let text) = current.kind else { throw unexpected(expected) }
        return (text, advance())
    }

    /// Parses the whole file.
    mutating func parse() throws(PolicyLoadError) -> PolicySyntax {
        var syntax = try header()
        if current.isWord("title") {
            _ = advance()
            syntax.title = try text("the title in quotes").0
        }
        while true {
            let token = current
            switch token.kind {
            case .end:
                return syntax
            case .word("test"):
                syntax.tests.append(try test())
            case .word(let word):
                guard let kind = PolicyRuleKind(keyword: word) else {
                    let hint = NameSuggestion.hint(
                        for: word, among: ["refuse", "hold", "allow", "forbid", "coarsen", "test"])
                    throw error(
                        .syntax,
                        "expected a rule (refuse, hold, allow, forbid, coarsen) or a test, found '\(word)'\(hint)",
                        at: token)
                }
                syntax.rules.append(try rule(kind))
            default:
                throw unexpected("a rule (refuse, hold, allow, forbid, coarsen) or a test")
            }
        }
    }

    private mutating func header() throws(PolicyLoadError) -> PolicySyntax {
        try expectWord("policy", "the header 'policy \"name\" version 1 effective YYYY-MM-DD'")
        let (id, idToken) = try text("the policy's name in quotes")
        guard PolicyRuleNames.isValid(id) else {
            throw error(.invalidHeader, PolicyRuleNames.rule(for: "a policy name"), at: idToken)
        }
        try expectWord("version")
        guard case .integer(let version) = current.kind, version >= 1 else {
            throw error(.invalidHeader, "the version is a whole number from 1, found \(current.shown)", at: current)
        }
        _ = advance()
        try expectWord("effective")
        guard case .date(let effective) = current.kind else {
            throw error(
                .badDate, "expected the day the version takes effect (YYYY-MM-DD), found \(current.shown)",
                at: current)
        }
        _ = advance()
        return PolicySyntax(id: id, version: version, effective: effective)
    }
}
