/// A loaded, type-checked policy version, its conditions compiled, ready to decide.
///
/// Load one from the file's text and the SHA-256 of its bytes (Core cannot hash:
/// the caller does, with swift-crypto), then call ``decide(_:)``. A policy that
/// names an unknown attribute or value, mixes types or breaks the grammar throws
/// ``PolicyLoadError`` with the file, line and column.
public struct Policy: Sendable {
    /// The policy's name, version, effective date and content hash.
    public let reference: PolicyReference
    /// The title line, if the file has one.
    public let title: String?
    /// The file name given when loading, for messages.
    public let file: String
    /// Every rule, in file order.
    public let rules: [PolicyRule]
    /// The file's own test cases.
    public let tests: [PolicyTestCase]
    let program: PolicyProgram

    /// Parses, checks and compiles a policy file.
    ///
    /// - Parameters:
    ///   - source: the file's text (UTF-8 decoded).
    ///   - file: the name to use in messages and test reports, usually the path as given.
    ///   - contentHash: the SHA-256 of the file's bytes, 64 hexadecimal digits.
    /// - Throws: ``PolicyLoadError`` with the file, line and column of the first problem.
    public init(source: String, file: String, contentHash: String) throws(PolicyLoadError) {
        let hash = contentHash.lowercased()
        guard hash.utf8.count == 64, hash.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else {
            throw PolicyLoadError(
                .invalidContentHash, "the content hash must be the file's SHA-256 as 64 hexadecimal digits", file: file,
                at: .start)
        }
        var parser = try PolicyParser(source: source, file: file)
        let syntax = try parser.parse()
        let compiler = PolicyCompiler(file: file, source: Array(source.unicodeScalars))
        let rules = try compiler.rules(syntax)
        self.reference = PolicyReference(
            id: syntax.id, version: syntax.version, effective: syntax.effective, contentHash: hash)
        self.title = syntax.title
        self.file = file
        self.rules = rules
        self.tests = try compiler.tests(syntax, rules: rules)
        self.program = PolicyProgram(rules)
    }

    /// The policy's name, from its header.
    public var id: String { reference.id }
    /// The version number, from its header.
    public var version: Int { reference.version }
    /// The day this version takes effect.
    public var effective: CalendarDate { reference.effective }

    /// The rule called `name`, if the policy has one.
    public func rule(named name: String) -> PolicyRule? { rules.first { $0.name == name } }
}
