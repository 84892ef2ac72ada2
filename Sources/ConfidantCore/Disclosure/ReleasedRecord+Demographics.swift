extension ReleasedRecord {
    /// The `demographics` category: birth, gender and death.
    ///
    /// At `birth-year` only the years of birth and death are released: a full date is
    /// what makes a person identifiable, and the year is enough to tell people apart by age.
    public struct Demographics: Hashable, Sendable {
        /// The birth date, or its year at `birth-year`.
        public let birth: PartialDate
        /// The administrative gender.
        public let gender: Gender
        /// The death date (or its year at `birth-year`); `nil` when none is recorded.
        public let death: PartialDate?

        init(birth: PartialDate, gender: Gender, death: PartialDate?) {
            self.birth = birth
            self.gender = gender
            self.death = death
        }

        init(_ patient: Patient, at level: FieldCoarsening) {
            let yearOnly = level == .birthYear
            self.init(
                birth: PartialDate(patient.birthDate, yearOnly: yearOnly), gender: patient.gender,
                death: patient.deathDate.map { PartialDate($0, yearOnly: yearOnly) })
        }
    }
}

extension ReleasedRecord.Demographics: Codable {
    private enum CodingKeys: String, CodingKey {
        case birthDate = "birth_date"
        case birthYear = "birth_year"
        case gender
        case deathDate = "death_date"
        case deathYear = "death_year"
    }

    /// Reads `birth_date` or `birth_year`, `gender`, and `death_date` or `death_year` if present.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let birth = try Self.decode(container, date: .birthDate, year: .birthYear)
        guard let birth else {
            throw DecodingError.keyNotFound(
                CodingKeys.birthDate,
                DecodingError.Context(
                    codingPath: container.codingPath, debugDescription: "needs birth_date or birth_year"))
        }
        self.init(
            birth: birth, gender: try container.decode(Gender.self, forKey: .gender),
            death: try Self.decode(container, date: .deathDate, year: .deathYear))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try Self.encode(birth, &container, date: .birthDate, year: .birthYear)
        try container.encode(gender, forKey: .gender)
        if let death { try Self.encode(death, &container, date: .deathDate, year: .deathYear) }
    }

    private static func decode(
        _ container: KeyedDecodingContainer<CodingKeys>, date: CodingKeys, year: CodingKeys
    ) throws -> ReleasedRecord.PartialDate? {
        if let full = try container.decodeIfPresent(CalendarDate.self, forKey: date) { return .date(full) }
        return try container.decodeIfPresent(Int.self, forKey: year).map { .year($0) }
    }

    private static func encode(
        _ value: ReleasedRecord.PartialDate, _ container: inout KeyedEncodingContainer<CodingKeys>,
        date: CodingKeys, year: CodingKeys
    ) throws {
        switch value {
        case .date(let full): try container.encode(full, forKey: date)
        case .year(let number): try container.encode(number, forKey: year)
        }
    }
}
