/// A contact between the patient and a health service: the date, the site, and what kind of contact.
/// Belongs to the `service-usage` category; it carries no clinical detail.
public struct ServiceUsageEvent: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case gpAppointment = "gp-appointment"
        case emergency
        case outpatient
        case inpatient
        case pharmacy
        case vaccination
    }

    public var date: CalendarDate
    public var site: ODSCode
    public var kind: Kind

    public init(date: CalendarDate, site: ODSCode, kind: Kind) {
        self.date = date
        self.site = site
        self.kind = kind
    }
}
