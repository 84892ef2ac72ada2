/// A patient's recorded objection to the use of their data.
///
/// An objection that has been recorded is never dropped by an import or an update:
/// the 2015–2018 failure in which 150,000 objections were silently lost is the
/// reason this type exists as its own record rather than a flag.
public struct Objection: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The national data opt-out.
        case nationalDataOptOut = "national-data-opt-out"
        /// A type 1 opt-out recorded at the GP practice.
        case type1 = "type-1"
    }

    public var kind: Kind
    public var recordedOn: CalendarDate?

    public init(kind: Kind, recordedOn: CalendarDate? = nil) {
        self.kind = kind
        self.recordedOn = recordedOn
    }
}
