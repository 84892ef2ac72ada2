/// A closed list of codes an attribute can hold (agency kinds, purposes, field
/// categories), as the policy language spells them.
public struct PolicyEnumeration: Hashable, Sendable {
    /// What one code is, for messages: "an agency kind".
    public let name: String
    /// The codes, in order; a code's position is its value in the facts.
    public let members: [String]

    init(_ name: String, _ members: [String]) {
        self.name = name
        self.members = members
    }

    init<E: RawRepresentable<String> & CaseIterable>(_ name: String, _ type: E.Type, adding extra: [String] = []) {
        self.init(name, type.allCases.map(\.rawValue) + extra)
    }

    /// The position of `code`, or `nil` when it is not a member.
    func ordinal(of code: String) -> Int? { members.firstIndex(of: code) }

    static let agencyKind = PolicyEnumeration("an agency kind", AgencyKind.self)
    static let purpose = PolicyEnumeration("a request purpose", RequestPurpose.self)
    static let legalBasis = PolicyEnumeration("a legal basis", LegalBasis.self)
    /// Offence categories, with `none` first for a request that gives none.
    static let offenceCategory = PolicyEnumeration(
        "an offence category", ["none"] + OffenceCategory.allCases.map(\.rawValue))
    static let urgency = PolicyEnumeration("an urgency", Urgency.self)
    /// Agreement statuses, with `not-in-force` last for a day outside the agreement's dates.
    static let agreementStatus = PolicyEnumeration(
        "an agreement status", AgreementStatus.self, adding: ["not-in-force"])
    static let fieldCategory = PolicyEnumeration("a field category", FieldCategory.self)
    static let securityLabel = PolicyEnumeration("a security label", SecurityLabel.self)
    static let traceOutcome = PolicyEnumeration("a trace outcome", TraceOutcome.self)

    /// The `not-in-force` status.
    static let notInForce = 3
}
