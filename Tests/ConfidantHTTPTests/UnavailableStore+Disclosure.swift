import ConfidantCore
import ConfidantStore

extension UnavailableStore {
    func saveAgency(_ agency: Agency) async throws { throw StoreError.unavailable("down") }
    func agency(_ id: AgencyID) async throws -> Agency? { throw StoreError.unavailable("down") }
    func agencies() async throws -> [Agency] { throw StoreError.unavailable("down") }
    func saveOfficer(_ officer: Officer) async throws { throw StoreError.unavailable("down") }
    func officer(_ id: OfficerID) async throws -> Officer? { throw StoreError.unavailable("down") }
    func officers(of agency: AgencyID) async throws -> [Officer] { throw StoreError.unavailable("down") }
    func saveAgreement(_ agreement: Agreement) async throws { throw StoreError.unavailable("down") }
    func agreement(_ id: AgreementID) async throws -> Agreement? { throw StoreError.unavailable("down") }
    func agreements(of agency: AgencyID?) async throws -> [Agreement] { throw StoreError.unavailable("down") }
    func saveCredential(_ credential: APICredential) async throws { throw StoreError.unavailable("down") }
    func credential(secretHash: [UInt8]) async throws -> APICredential? { throw StoreError.unavailable("down") }
    func credentials() async throws -> [APICredential] { throw StoreError.unavailable("down") }
    func revokeCredential(_ id: String, at: String) async throws -> Bool { throw StoreError.unavailable("down") }
    func request(_ id: RequestID) async throws -> RequestProjection? { throw StoreError.unavailable("down") }
    func requests(_ filter: RequestFilter) async throws -> [RequestProjection] { throw StoreError.unavailable("down") }
}
