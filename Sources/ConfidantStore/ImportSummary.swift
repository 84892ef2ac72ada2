/// What an import did.
public struct ImportSummary: Hashable, Sendable, Codable {
    /// Patients that were not in the registry before.
    public var inserted: Int
    /// Patients already present whose record was merged with the new snapshot.
    public var updated: Int

    public init(inserted: Int = 0, updated: Int = 0) {
        self.inserted = inserted
        self.updated = updated
    }

    /// Every patient the import touched.
    public var total: Int { inserted + updated }
}
