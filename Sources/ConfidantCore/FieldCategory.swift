/// The categories in which patient fields are requested and released.
///
/// Release goes coarsest first (minimum necessary, Caldicott principle 3);
/// ``clinical`` is never released through Confidant.
public enum FieldCategory: String, Hashable, Sendable, Codable, CaseIterable {
    /// NHS number, names.
    case identity
    /// Birth date, gender, death date.
    case demographics
    /// Addresses.
    case location
    /// Phone and email.
    case contact
    /// GP practice and registration date.
    case registration
    /// Dates and sites of contact with health services.
    case serviceUsage = "service-usage"
    /// Clinical entries: never released.
    case clinical
}
