/// The shape of policy and rule names: letters, digits, spaces, `-`, `_` and `.`,
/// starting with a letter or digit, at most 80 characters. Built-in rules are named
/// `built-in:…`, which no policy name can be, so the two never clash.
enum PolicyRuleNames {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 80,
            PolicyLexer.isLetter(first) || PolicyLexer.isDigit(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            PolicyLexer.isLetter($0) || PolicyLexer.isDigit($0) || " -_.".unicodeScalars.contains($0)
        }
    }

    static func rule(for what: String) -> String {
        "\(what) is 1 to 80 letters, digits, spaces, '-', '_' or '.', starting with a letter or digit"
    }
}
