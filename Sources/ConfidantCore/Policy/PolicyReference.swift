/// Which policy version decided: recorded with every decision (DOMAIN.md rule 9), so
/// anyone can later fetch the exact file, check its hash and re-run the decision.
public struct PolicyReference: Hashable, Sendable, Codable {
    /// The policy's name, from its header.
    public var id: String
    /// The version number.
    public var version: Int
    /// The day the version took effect.
    public var effective: CalendarDate
    /// The SHA-256 of the file's bytes, in lowercase hexadecimal, as computed by the loader's caller.
    public var contentHash: String

    /// Names a policy version.
    public init(id: String, version: Int, effective: CalendarDate, contentHash: String) {
        self.id = id
        self.version = version
        self.effective = effective
        self.contentHash = contentHash
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case version
        case effective
        case contentHash = "content_hash"
    }
}

extension PolicyReference: CustomStringConvertible {
    /// `nhs-disclosure v2 (2018-05-09, sha256:ab12cd34…)`.
    public var description: String {
        "\(id) v\(version) (\(effective), sha256:\(contentHash.prefix(12))…)"
    }
}
