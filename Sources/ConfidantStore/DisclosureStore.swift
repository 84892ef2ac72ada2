import ConfidantCore

/// The disclosure side of the store: agencies, their officers and API keys, agreements,
/// and the projection of each request's events.
///
/// Request events themselves go through ``LogStore`` (each one is a leaf of the
/// transparency log); an event record carries its request's new ``RequestProjection``,
/// committed in the same transaction.
public protocol DisclosureStore: Sendable {
    /// Adds the agency, or replaces its name and kind.
    func saveAgency(_ agency: Agency) async throws
    func agency(_ id: AgencyID) async throws -> Agency?
    func agencies() async throws -> [Agency]

    /// Adds the officer, or replaces them.
    ///
    /// - Throws: ``StoreError`` `notFound` if their agency does not exist.
    func saveOfficer(_ officer: Officer) async throws
    func officer(_ id: OfficerID) async throws -> Officer?
    func officers(of agency: AgencyID) async throws -> [Officer]

    /// Adds the agreement, or replaces it (with its whole status history).
    ///
    /// - Throws: ``StoreError`` `notFound` if its agency does not exist.
    func saveAgreement(_ agreement: Agreement) async throws
    func agreement(_ id: AgreementID) async throws -> Agreement?
    /// Every agreement, or only one agency's.
    func agreements(of agency: AgencyID?) async throws -> [Agreement]

    /// Stores a newly issued key.
    ///
    /// - Throws: ``StoreError`` `conflict` if a key with its identifier exists.
    func saveCredential(_ credential: APICredential) async throws
    /// The key whose SHA-256 is `secretHash`, revoked or not.
    func credential(secretHash: [UInt8]) async throws -> APICredential?
    /// Every key issued, newest first.
    func credentials() async throws -> [APICredential]
    /// Revokes a key from `at` on. Returns `false` if there is no such key or it was already revoked.
    func revokeCredential(_ id: String, at: String) async throws -> Bool

    /// One request's projection.
    func request(_ id: RequestID) async throws -> RequestProjection?
    /// The requests that match `filter`, in identifier order.
    func requests(_ filter: RequestFilter) async throws -> [RequestProjection]
}
