/// A postal address and the period the patient lived there.
public struct Address: Hashable, Sendable, Codable {
    /// Up to four address lines, first line first; empty lines are dropped.
    public var lines: [String]
    public var postcode: Postcode?
    public var period: Period

    public init(lines: [String], postcode: Postcode?, period: Period = Period()) {
        // Checked before filtering: an import's lines come without empty ones, and `filter`
        // would build a new array for each address anyway.
        self.lines = lines.allSatisfy { !$0.isEmpty } ? lines : lines.filter { !$0.isEmpty }
        self.postcode = postcode
        self.period = period
    }

    /// Whether two addresses name the same place, ignoring the period.
    public func samePlace(as other: Address) -> Bool {
        postcode == other.postcode && lines.map { $0.lowercased() } == other.lines.map { $0.lowercased() }
    }
}
