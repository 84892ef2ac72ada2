extension ReleasedRecord {
    /// The `registration` category: the GP practice, or only its area.
    public enum Registration: Hashable, Sendable {
        /// At `full` the practice and the registration date (when recorded); at
        /// `practice` the practice alone.
        case practice(ODSCode, registeredOn: CalendarDate?)
        /// At `gp-area`: the ODS code of the organisation that commissions the practice.
        ///
        /// Not derived from the practice code: codes issued since April 2003 (`Y…`)
        /// carry no structure, and older ones reflect the authority that issued them, so
        /// an area taken from the code's prefix would often be false.
        case area(ODSCode)

        /// `registration` at `level`; `nil` when there is nothing to release (no GP, or
        /// `gp-area` for a practice whose area is not in `areas`).
        init?(_ registration: GPRegistration?, at level: FieldCoarsening, areas: [ODSCode: ODSCode]) {
            guard let registration else { return nil }
            switch level {
            case .full: self = .practice(registration.practice, registeredOn: registration.registeredOn)
            case .practice: self = .practice(registration.practice, registeredOn: nil)
            case .gpArea:
                guard let area = areas[registration.practice] else { return nil }
                self = .area(area)
            case .sector, .district, .area, .birthYear:
                // Levels of other categories: release nothing rather than guess.
                return nil
            }
        }
    }
}

extension ReleasedRecord.Registration: Codable {
    private enum CodingKeys: String, CodingKey {
        case practice = "gp_practice"
        case registeredOn = "registered_on"
        case area = "gp_area"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let practice = try container.decodeIfPresent(ODSCode.self, forKey: .practice) {
            self = .practice(
                practice, registeredOn: try container.decodeIfPresent(CalendarDate.self, forKey: .registeredOn))
        } else {
            self = .area(try container.decode(ODSCode.self, forKey: .area))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .practice(let practice, let registeredOn):
            try container.encode(practice, forKey: .practice)
            try container.encodeIfPresent(registeredOn, forKey: .registeredOn)
        case .area(let area): try container.encode(area, forKey: .area)
        }
    }
}
