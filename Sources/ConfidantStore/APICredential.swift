import ConfidantCore

/// An API key as stored: never the key itself, only its SHA-256, with whose key it is.
///
/// The key is shown once, when it is issued; whoever loses it gets a new one and the
/// old one is revoked. A revoked key authenticates no one from the moment it is revoked.
public struct APICredential: Hashable, Sendable {
    /// The key's public identifier (the part before the secret), safe to show and log.
    public var id: String
    /// SHA-256 of the whole key.
    public var secretHash: [UInt8]
    /// Whose key it is.
    public var principal: Principal
    /// When it was issued, ISO 8601 in UTC.
    public var createdAt: String
    /// When it was revoked, ISO 8601 in UTC, or `nil` while it is valid.
    public var revokedAt: String?

    public init(id: String, secretHash: [UInt8], principal: Principal, createdAt: String, revokedAt: String? = nil) {
        self.id = id
        self.secretHash = secretHash
        self.principal = principal
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    /// Whether the key still authenticates.
    public var isRevoked: Bool { revokedAt != nil }
}
