/// How coarsely a field category is released (minimum necessary, coarsest first).
///
/// | category | levels, finest to coarsest |
/// |---|---|
/// | location | `full` (the address), `sector` (`LS1 4`), `district` (`LS1`), `area` (`LS`) |
/// | demographics | `full` (birth date), `birth-year` |
/// | registration | `full` (practice and registration date), `practice` (no date), `gp-area` |
public enum FieldCoarsening: String, Hashable, Sendable, Codable, CaseIterable {
    case full
    case sector
    case district
    case area
    case birthYear = "birth-year"
    case practice
    case gpArea = "gp-area"

    /// The category a level applies to; `nil` for ``full``, which applies to all.
    public var category: FieldCategory? {
        switch self {
        case .full: nil
        case .sector, .district, .area: .location
        case .birthYear: .demographics
        case .practice, .gpArea: .registration
        }
    }

    /// The levels `category` can be released at, finest first (just ``full`` for most).
    public static func levels(for category: FieldCategory) -> [FieldCoarsening] {
        [.full] + allCases.filter { $0.category == category }
    }

    /// How coarse the level is within its category: 0 for ``full``.
    var rank: Int {
        switch self {
        case .full: 0
        case .sector, .birthYear, .practice: 1
        case .district, .gpArea: 2
        case .area: 3
        }
    }
}

/// One field category released at a level.
public struct FieldRelease: Hashable, Sendable, Codable {
    /// The category released.
    public var category: FieldCategory
    /// The level it is released at.
    public var coarsening: FieldCoarsening

    /// A category at a level (``FieldCoarsening/full`` unless given).
    public init(_ category: FieldCategory, at coarsening: FieldCoarsening = .full) {
        self.category = category
        self.coarsening = coarsening
    }
}
