/// The gateway's own rules, applied around every policy; no policy can change them.
///
/// In order: the agreement must belong to the agency, be in force and not withdrawn
/// (else refused), and not be suspended (else held, never decided under old terms);
/// it must cover the request's purpose and legal basis; a redacted record is never
/// disclosed. After the policy's rules: clinical information is never released,
/// nothing outside the agreement is released, a restricted patient's location,
/// contact and registration are never released, nothing is released unless a rule
/// allows it (default deny), and nothing is released without a unique trace.
public enum BuiltInRule {
    private static func rule(_ name: String, _ reason: String) -> FiredRule {
        FiredRule(name: "built-in:\(name)", kind: .builtIn, reason: reason)
    }

    /// The agreement belongs to another agency: refused.
    public static let agreementMismatch = rule(
        "agreement-mismatch", "The agreement named does not belong to the requesting agency.")
    /// The agreement is not in force that day: refused.
    public static let agreementNotInForce = rule(
        "agreement-not-in-force", "The agreement is not in force on the day of the decision.")
    /// The agreement is withdrawn: refused.
    public static let agreementWithdrawn = rule(
        "agreement-withdrawn", "The agreement has been withdrawn: nothing can be released under it.")
    /// The agreement is suspended: held.
    public static let agreementSuspended = rule(
        "agreement-suspended", "The agreement is suspended: the request is held, never decided under the old terms.")
    /// The agreement does not cover the purpose: refused.
    public static let purposeNotInAgreement = rule(
        "purpose-not-in-agreement", "The agreement does not cover the request's purpose.")
    /// The agreement does not cover the legal basis: refused.
    public static let legalBasisNotInAgreement = rule(
        "legal-basis-not-in-agreement", "The agreement does not rely on the request's legal basis.")
    /// The record is redacted: refused.
    public static let redactedRecord = rule(
        "redacted-record", "The patient's record is redacted and is never disclosed.")
    /// Clinical information was asked for: never released.
    public static let clinicalNeverReleased = rule(
        "clinical-never-released", "Clinical information is never released through Confidant.")
    /// Allowed categories the agreement does not permit were removed.
    public static let outsideAgreement = rule(
        "outside-agreement", "Field categories the agreement does not permit are never released under it.")
    /// A restricted patient's location, contact and registration were removed.
    public static let restrictedPatient = rule(
        "restricted-patient", "A restricted patient's address, contact details and GP are never released.")
    /// Nothing was left to release: refused.
    public static let defaultDeny = rule("default-deny", "Nothing is released unless a rule allows it.")
    /// The trace was not a unique match: nothing released.
    public static let uniqueTraceRequired = rule(
        "unique-trace-required", "Nothing is released unless exactly one patient matches with high confidence.")

    /// Every built-in rule.
    public static let all: [FiredRule] = [
        agreementMismatch, agreementNotInForce, agreementWithdrawn, agreementSuspended, purposeNotInAgreement,
        legalBasisNotInAgreement, redactedRecord, clinicalNeverReleased, outsideAgreement, restrictedPatient,
        defaultDeny, uniqueTraceRequired,
    ]
}
