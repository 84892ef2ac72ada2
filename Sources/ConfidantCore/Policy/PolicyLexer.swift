/// Splits a policy file into tokens, tracking line and column for every one.
///
/// Words are letters followed by letters, digits, `_`, `-` and `.` (so `agency.kind`
/// and `immigration-enforcement` are single words); `#` starts a comment to the end
/// of the line; quoted text may run over several lines, and its runs of spaces and
/// line breaks read as one space.
struct PolicyLexer {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1

    init(source: String, file: String) {
        self.scalars = Array(source.unicodeScalars)
        self.file = file
    }

    /// Every token of the file, ending with ``PolicyToken/Kind/end``.
    mutating func tokens() throws(PolicyLoadError) -> [PolicyToken] {
        var tokens: [PolicyToken] = []
        while true {
            skipTrivia()
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    var location: SourceLocation { SourceLocation(line: line, column: column, offset: index) }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipTrivia() {
        while let scalar = peek() {
            if scalar == "#" {
                while let next = peek(), next != "\n" { advance() }
            } else if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                advance()
            } else {
                return
            }
        }
    }

    private mutating func next() throws(PolicyLoadError) -> PolicyToken {
        let start = location
        guard let scalar = peek() else { return PolicyToken(kind: .end, location: start, end: index) }
        let kind: PolicyToken.Kind
        if Self.isLetter(scalar) {
            kind = .word(readWord())
        } else if Self.isDigit(scalar) || (scalar == "-" && peek(1).map(Self.isDigit) == true) {
            kind = try readNumber(start)
        } else if scalar == "\"" {
            kind = .text(try readText(start))
        } else {
            kind = .symbol(try readSymbol(start))
        }
        return PolicyToken(kind: kind, location: start, end: index)
    }

    private mutating func readWord() -> String {
        var word = String.UnicodeScalarView()
        while let scalar = peek(),
            Self.isLetter(scalar) || Self.isDigit(scalar) || "_-.".unicodeScalars.contains(scalar)
        {
            word.append(scalar)
            advance()
        }
        return String(word)
    }

    private mutating func readText(_ start: SourceLocation) throws(PolicyLoadError) -> String {
        advance()
        var text = String.UnicodeScalarView()
        var pendingSpace = false
        while let scalar = peek() {
            advance()
            switch scalar {
            case "\"":
                return String(text)
            case " ", "\t", "\n", "\r":
                pendingSpace = !text.isEmpty
            case "\\" where peek() == "\"" || peek() == "\\":
                if pendingSpace { text.append(" ") }
                pendingSpace = false
                if let escaped = peek() { text.append(escaped) }
                advance()
            default:
                if pendingSpace { text.append(" ") }
                pendingSpace = false
                text.append(scalar)
            }
        }
        throw PolicyLoadError(.syntax, "this text has no closing quote (\")", file: file, at: start)
    }

    private mutating func readSymbol(_ start: SourceLocation) throws(PolicyLoadError) -> PolicyToken.Symbol {
        let scalar = scalars[index]
        advance()
        let pair = peek() == "=" ? "\(scalar)=" : nil
        if let pair, let symbol = PolicyToken.Symbol(rawValue: pair) {
            advance()
            return symbol
        }
        if let symbol = PolicyToken.Symbol(rawValue: String(scalar)) { return symbol }
        let hint = scalar == "!" ? "; write 'not', or '!=' for 'is not equal to'" : ""
        throw PolicyLoadError(.syntax, "unexpected character '\(scalar)'\(hint)", file: file, at: start)
    }

    func error(_ code: PolicyLoadError.Code, _ message: String, _ at: SourceLocation) -> PolicyLoadError {
        PolicyLoadError(code, message, file: file, at: at)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
