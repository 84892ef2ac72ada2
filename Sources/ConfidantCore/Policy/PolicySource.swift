/// A policy file as the caller read it: its name, text and the SHA-256 of its bytes.
///
/// Core does no I/O and cannot hash; the command line or server reads each
/// `policies/*.policy` file, hashes its bytes with swift-crypto, and passes this.
public struct PolicySource: Hashable, Sendable {
    /// The name to use in messages, usually the path as given (`policies/2018-05-09-criteria.policy`).
    public var file: String
    /// The file's text, decoded as UTF-8.
    public var text: String
    /// The SHA-256 of the file's bytes, 64 hexadecimal digits.
    public var contentHash: String

    /// Describes a policy file as read.
    public init(file: String, text: String, contentHash: String) {
        self.file = file
        self.text = text
        self.contentHash = contentHash
    }
}
