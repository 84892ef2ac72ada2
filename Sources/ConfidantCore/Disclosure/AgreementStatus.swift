/// Whether an agreement can be used. Changes take effect immediately: a request
/// under a suspended agreement is held, never decided under the old terms.
public enum AgreementStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case active
    /// Paused, for example by the Caldicott Guardian; requests are held.
    case suspended
    /// Ended for good; requests relying on it are refused.
    case withdrawn
}
