extension ReleasedRecord {
    /// The `location` category: the current address, or only part of its postcode.
    ///
    /// Coarser levels carry no address lines at all, only the postcode's
    /// sector (`LS1 4`), district (`LS1`) or area (`LS`).
    public enum Location: Hashable, Sendable {
        /// At `full`: the address lines, first first, and the postcode if recorded.
        case address(lines: [String], postcode: Postcode?)
        /// At `sector`: the outward code and the inward digit (`LS1 4`).
        case postcodeSector(String)
        /// At `district`: the outward code (`LS1`).
        case postcodeDistrict(String)
        /// At `area`: the postcode area's letters (`LS`).
        case postcodeArea(String)

        /// `address` at `level`; `nil` when there is nothing to release at that level
        /// (no current address, or a coarse level and no postcode).
        init?(_ address: Address?, at level: FieldCoarsening) {
            guard let address else { return nil }
            switch level {
            case .full:
                guard !address.lines.isEmpty || address.postcode != nil else { return nil }
                self = .address(lines: address.lines, postcode: address.postcode)
            case .sector:
                guard let postcode = address.postcode else { return nil }
                self = .postcodeSector(postcode.sector)
            case .district:
                guard let postcode = address.postcode else { return nil }
                self = .postcodeDistrict(postcode.outward)
            case .area:
                guard let postcode = address.postcode else { return nil }
                self = .postcodeArea(postcode.area)
            case .birthYear, .practice, .gpArea:
                // Levels of other categories: release nothing rather than guess.
                return nil
            }
        }
    }
}

extension ReleasedRecord.Location: Codable {
    private enum CodingKeys: String, CodingKey {
        case addressLines = "address_lines"
        case postcode
        case postcodeSector = "postcode_sector"
        case postcodeDistrict = "postcode_district"
        case postcodeArea = "postcode_area"
    }

    /// Reads whichever level the object holds, finest first.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.addressLines) || container.contains(.postcode) {
            self = .address(
                lines: try container.decodeIfPresent([String].self, forKey: .addressLines) ?? [],
                postcode: try container.decodeIfPresent(Postcode.self, forKey: .postcode))
        } else if let sector = try container.decodeIfPresent(String.self, forKey: .postcodeSector) {
            self = .postcodeSector(sector)
        } else if let district = try container.decodeIfPresent(String.self, forKey: .postcodeDistrict) {
            self = .postcodeDistrict(district)
        } else {
            self = .postcodeArea(try container.decode(String.self, forKey: .postcodeArea))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .address(let lines, let postcode):
            if !lines.isEmpty { try container.encode(lines, forKey: .addressLines) }
            try container.encodeIfPresent(postcode, forKey: .postcode)
        case .postcodeSector(let sector): try container.encode(sector, forKey: .postcodeSector)
        case .postcodeDistrict(let district): try container.encode(district, forKey: .postcodeDistrict)
        case .postcodeArea(let area): try container.encode(area, forKey: .postcodeArea)
        }
    }
}
