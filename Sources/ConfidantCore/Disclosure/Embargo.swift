/// Delays telling the patient about a request when telling them would prejudice
/// its purpose (DOMAIN.md rule 10); staff lift it (`POST /v1/requests/{id}/lift-embargo`) when it ends.
///
/// JSON: `{"until": "2019-01-31"}` or `{"until_court_decision": "T20187001"}`.
public enum Embargo: Hashable, Sendable {
    /// Until the end of this day.
    case until(CalendarDate)
    /// Until the court decides the case with this reference.
    case untilCourtDecision(String)

    static func read(_ reader: inout JSONObjectReader) -> Embargo? {
        let date = reader.date("until")
        let decision = reader.string("until_court_decision")
        switch (date, decision) {
        case (let date?, nil): return .until(date)
        case (nil, let decision?): return .untilCourtDecision(decision)
        case (.some, .some):
            reader.report(.inconsistent(reader.path, "an embargo lasts until a date or a court decision, not both"))
        case (nil, nil):
            reader.report(.missing(reader.path, "an embargo needs 'until' (a date) or 'until_court_decision'"))
        }
        return nil
    }
}

extension Embargo: Codable {
    private enum CodingKeys: String, CodingKey {
        case until
        case untilCourtDecision = "until_court_decision"
    }

    public init(from decoder: any Decoder) throws {
        self = try JSONObjectReader.decode(decoder, kind: "an embargo", Self.read)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .until(let date): try container.encode(date, forKey: .until)
        case .untilCourtDecision(let reference): try container.encode(reference, forKey: .untilCourtDecision)
        }
    }
}
