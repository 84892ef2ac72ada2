import ConfidantCore
import ConfidantStore
import Foundation

extension APIKey {
    /// Issues a new key to `principal`: stores only its hash and returns the key, which is
    /// to be shown once.
    ///
    /// - Parameter issuedAt: when it was issued (ISO 8601, UTC); now by default.
    public static func issue(
        to principal: Principal, in store: any DisclosureStore,
        issuedAt: String = Date().formatted(Date.ISO8601FormatStyle())
    ) async throws -> APIKey {
        let key = generate()
        try await store.saveCredential(
            APICredential(id: key.id, secretHash: key.secretHash, principal: principal, createdAt: issuedAt))
        return key
    }
}
