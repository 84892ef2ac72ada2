extension PatientFlags {
    /// Reads a case's `patient`: `security_label` (`U`, `R` or `REDACTED`, default `U`),
    /// `deceased` and `opted_out` (default `false`). These are the policy's attribute names
    /// (`patient.security_label`), not the Swift names ``PatientFlags``'s own `Codable` uses.
    static func read(_ reader: inout JSONObjectReader) -> PatientFlags? {
        let label = reader.code(SecurityLabel.self, "security_label", kind: "a security label")
        let deceased = reader.bool("deceased")
        let optedOut = reader.bool("opted_out")
        guard reader.problems.isEmpty else { return nil }
        return PatientFlags(
            securityLabel: label ?? .unrestricted, isDeceased: deceased ?? false, hasOptedOut: optedOut ?? false)
    }
}
