/// What a request is about: an offence with its maximum sentence, a category
/// (`public-security`, `missing-vulnerable-person`), or both.
public struct Offence: Hashable, Sendable {
    /// The longest sentence accepted, in months (100 years; record life imprisonment as this).
    public static let maximumMonths = 1200

    /// What the offence or ground is.
    public var category: OffenceCategory?
    /// The maximum sentence the offence carries, in months.
    public var maxSentenceMonths: Int?
    /// The offence in the agency's words ("overstaying a visa"), never patient data.
    public var description: String?

    /// Creates an offence; ``validationProblems(at:)`` checks it.
    public init(category: OffenceCategory? = nil, maxSentenceMonths: Int? = nil, description: String? = nil) {
        self.category = category
        self.maxSentenceMonths = maxSentenceMonths
        self.description = description
    }

    /// Checks the offence's own rules; `field` is where it sits in the request.
    public func validationProblems(at field: String = "offence") -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if category == nil, maxSentenceMonths == nil {
            problems.append(.missing(field, "an offence needs a category or a maximum sentence in months"))
        }
        if let months = maxSentenceMonths, months < 0 {
            problems.append(.outOfRange("\(field).max_sentence_months", "a sentence cannot be negative"))
        } else if let months = maxSentenceMonths, months > Self.maximumMonths {
            problems.append(
                .outOfRange(
                    "\(field).max_sentence_months",
                    "a sentence is at most \(Self.maximumMonths) months (record life imprisonment as \(Self.maximumMonths))"
                ))
        }
        return problems
    }

    static func read(_ reader: inout JSONObjectReader) -> Offence? {
        let category = reader.code(OffenceCategory.self, "category", kind: "an offence category")
        let months = reader.int("max_sentence_months")
        let description = reader.string("description")
        let offence = Offence(category: category, maxSentenceMonths: months, description: description)
        let problems = offence.validationProblems(at: reader.path)
        for problem in problems { reader.report(problem) }
        return problems.isEmpty ? offence : nil
    }
}

extension Offence: Codable {
    private enum CodingKeys: String, CodingKey {
        case category
        case maxSentenceMonths = "max_sentence_months"
        case description
    }

    public init(from decoder: any Decoder) throws {
        self = try JSONObjectReader.decode(decoder, kind: "an offence", Self.read)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encodeIfPresent(maxSentenceMonths, forKey: .maxSentenceMonths)
        try container.encodeIfPresent(description, forKey: .description)
    }
}
