/// A value or name in a condition: an attribute, a code, a literal or a list.
struct TermSyntax: Sendable {
    indirect enum Value: Sendable {
        /// An attribute (it has a dot), a code, or `true`/`false`.
        case word(String)
        case text(String)
        case integer(Int)
        /// In millionths.
        case decimal(Int)
        case date(CalendarDate)
        case list([TermSyntax])
    }

    var value: Value
    var token: PolicyToken
    /// The character offset just past the term.
    var end: Int

    /// The word, when the term is one.
    var word: String? {
        if case .word(let word) = value { return word }
        return nil
    }

    /// Whether the term names an attribute (a word with a dot in it).
    var isAttribute: Bool { word?.contains(".") == true }
}

/// A condition as written.
indirect enum ExpressionSyntax: Sendable {
    case all([ExpressionSyntax])
    case any([ExpressionSyntax])
    case not(ExpressionSyntax, PolicyToken)
    case comparison(TermSyntax, ComparisonOperator, PolicyToken, TermSyntax)
    /// A lone term: a yes/no attribute, or `true`/`false`.
    case term(TermSyntax)
    /// Parentheses, kept so the source text of a condition can be shown whole.
    case group(ExpressionSyntax, start: PolicyToken, end: Int)

    /// Where the expression starts.
    var start: SourceLocation {
        switch self {
        case .all(let parts), .any(let parts): parts[0].start
        case .not(_, let token): token.location
        case .comparison(let lhs, _, _, _): lhs.token.location
        case .term(let term): term.token.location
        case .group(_, let start, _): start.location
        }
    }

    /// The character offset just past the expression.
    var end: Int {
        switch self {
        case .all(let parts), .any(let parts): parts[parts.count - 1].end
        case .not(let inner, _): inner.end
        case .comparison(_, _, _, let rhs): rhs.end
        case .term(let term): term.end
        case .group(_, _, let end): end
        }
    }

    /// The conditions joined by a top-level `and` (the whole expression if there is none).
    var conjuncts: [ExpressionSyntax] {
        switch self {
        case .all(let parts): parts
        case .group(let inner, _, _):
            if case .all = inner { inner.conjuncts } else { [self] }
        default: [self]
        }
    }

    /// Every attribute the expression reads, in order of appearance.
    var attributeTerms: [TermSyntax] {
        switch self {
        case .all(let parts), .any(let parts): parts.flatMap(\.attributeTerms)
        case .not(let inner, _), .group(let inner, _, _): inner.attributeTerms
        case .comparison(let lhs, _, _, let rhs): [lhs, rhs].filter(\.isAttribute)
        case .term(let term): term.isAttribute ? [term] : []
        }
    }
}

/// The comparison operators: `==` (or `is`), `!=` (or `is not`), `<`, `<=`, `>`, `>=`,
/// `in` and `not in`.
enum ComparisonOperator: String, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case isIn = "in"
    case notIn = "not in"

    /// The operator with its sides swapped (`3 < x` is `x > 3`).
    var swapped: ComparisonOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: self
        }
    }

    var isOrdering: Bool { self == .less || self == .lessOrEqual || self == .greater || self == .greaterOrEqual }
    var isMembership: Bool { self == .isIn || self == .notIn }
}
