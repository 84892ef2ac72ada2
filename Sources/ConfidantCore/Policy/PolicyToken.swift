/// One token of a policy file, with where it starts and where it ends.
struct PolicyToken: Sendable {
    enum Kind: Equatable, Sendable {
        /// A keyword, attribute (`agency.kind`), code (`immigration-enforcement`) or `true`/`false`.
        case word(String)
        /// Quoted text.
        case text(String)
        case integer(Int)
        /// A decimal number, in millionths (`0.95` is 950,000).
        case decimal(Int)
        case date(CalendarDate)
        case symbol(Symbol)
        case end
    }

    enum Symbol: String, Sendable {
        case leftParen = "("
        case rightParen = ")"
        case leftBracket = "["
        case rightBracket = "]"
        case leftBrace = "{"
        case rightBrace = "}"
        case comma = ","
        case semicolon = ";"
        case assign = "="
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    var kind: Kind
    var location: SourceLocation
    /// The character offset just past the token.
    var end: Int

    /// How the token is shown in "expected …, found …" messages.
    var shown: String {
        switch kind {
        case .word(let word): "'\(word)'"
        case .text(let text): "\"\(text.count > 30 ? String(text.prefix(30)) + "…" : text)\""
        case .integer(let value): "\(value)"
        case .decimal(let value): PolicyValueFormat.decimal(value)
        case .date(let date): "\(date)"
        case .symbol(let symbol): "'\(symbol.rawValue)'"
        case .end: "the end of the file"
        }
    }

    /// Whether the token is the keyword or word `word`.
    func isWord(_ word: String) -> Bool { kind == .word(word) }

    /// Whether the token is `symbol`.
    func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }
}
