extension ReleasedRecord {
    /// One entry of the `service-usage` category: when and where the patient was in
    /// contact with a health service, and what kind of contact; no clinical detail.
    public struct ServiceUse: Hashable, Sendable, Codable {
        /// The day of the contact.
        public let date: CalendarDate
        /// The ODS code of the site.
        public let site: ODSCode
        /// What kind of contact it was.
        public let kind: ServiceUsageEvent.Kind

        /// `events` oldest first (then by site and kind, so the order never depends on
        /// how the registry stored them); `nil` when there are none.
        static func events(_ events: [ServiceUsageEvent]) -> [ServiceUse]? {
            guard !events.isEmpty else { return nil }
            return
                events
                .map { ServiceUse(date: $0.date, site: $0.site, kind: $0.kind) }
                .sorted { ($0.date, $0.site, $0.kind.rawValue) < ($1.date, $1.site, $1.kind.rawValue) }
        }
    }
}
