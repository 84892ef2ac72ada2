/// The field categories a decision allows, each at its level, held without
/// allocation (a bit mask and three levels).
///
/// Encodes as a list of ``FieldRelease`` in category order.
public struct ReleasableFields: Hashable, Sendable {
    var mask: Int
    var location: FieldCoarsening = .full
    var demographics: FieldCoarsening = .full
    var registration: FieldCoarsening = .full

    /// Nothing.
    public static let none = ReleasableFields(mask: 0)

    init(mask: Int) {
        self.mask = mask
    }

    /// The given releases (a later release of the same category replaces an earlier one).
    public init(_ releases: [FieldRelease]) {
        self.init(mask: 0)
        for release in releases {
            mask |= 1 << release.category.policyOrdinal
            setLevel(release.coarsening, for: release.category)
        }
    }

    /// Whether nothing is released.
    public var isEmpty: Bool { mask == 0 }

    /// The categories, in ``FieldCategory`` order.
    public var categories: [FieldCategory] { FieldCategory.allCases.filter(contains) }

    /// Each category with its level.
    public var releases: [FieldRelease] { categories.map { FieldRelease($0, at: level(of: $0)) } }

    /// Whether `category` is released, at any level.
    public func contains(_ category: FieldCategory) -> Bool { mask & (1 << category.policyOrdinal) != 0 }

    /// The level `category` is released at, or `nil` when it is not released.
    public func coarsening(of category: FieldCategory) -> FieldCoarsening? {
        contains(category) ? level(of: category) : nil
    }

    func level(of category: FieldCategory) -> FieldCoarsening {
        switch category {
        case .location: location
        case .demographics: demographics
        case .registration: registration
        default: .full
        }
    }

    /// Makes `category` at least as coarse as `level`.
    mutating func coarsen(_ category: FieldCategory, to level: FieldCoarsening) {
        if level.rank > self.level(of: category).rank { setLevel(level, for: category) }
    }

    private mutating func setLevel(_ level: FieldCoarsening, for category: FieldCategory) {
        switch category {
        case .location: location = level
        case .demographics: demographics = level
        case .registration: registration = level
        default: break
        }
    }
}

extension ReleasableFields {
    /// Equal when the same categories are released at the same levels.
    public static func == (lhs: ReleasableFields, rhs: ReleasableFields) -> Bool {
        lhs.mask == rhs.mask && lhs.coarsening(of: .location) == rhs.coarsening(of: .location)
            && lhs.coarsening(of: .demographics) == rhs.coarsening(of: .demographics)
            && lhs.coarsening(of: .registration) == rhs.coarsening(of: .registration)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(mask)
        hasher.combine(coarsening(of: .location))
        hasher.combine(coarsening(of: .demographics))
        hasher.combine(coarsening(of: .registration))
    }
}

extension ReleasableFields: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try [FieldRelease](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try releases.encode(to: encoder)
    }
}

extension ReleasableFields: CustomStringConvertible {
    /// `[identity, location to district]`, as policy tests write it.
    public var description: String {
        "["
            + releases.map {
                $0.coarsening == .full ? $0.category.rawValue : "\($0.category.rawValue) to \($0.coarsening.rawValue)"
            }
            .joined(separator: ", ") + "]"
    }
}
