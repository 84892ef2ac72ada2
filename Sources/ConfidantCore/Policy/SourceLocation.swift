/// A place in a policy file: line and column from 1, and the character offset from 0.
struct SourceLocation: Hashable, Sendable {
    var line: Int
    var column: Int
    var offset: Int

    static let start = SourceLocation(line: 1, column: 1, offset: 0)
}
