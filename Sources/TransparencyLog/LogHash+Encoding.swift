extension LogHash {
    /// The hash as 64 lowercase hexadecimal digits.
    public var hex: String {
        self.withUnsafeBytes { Hex.encode($0) }
    }

    /// The hash in standard base64 with padding (RFC 4648 section 4), as checkpoints and receipts write it.
    public var base64: String {
        self.withUnsafeBytes { Base64.encode($0) }
    }

    /// Parses a hash from 64 hexadecimal digits (either case).
    ///
    /// - Parameter hex: The hexadecimal text.
    /// - Throws: ``TransparencyLogError/Code/invalidHash`` when the text is not 64 hexadecimal digits.
    public init(hex: some StringProtocol) throws {
        guard let bytes = Hex.decode(hex) else {
            throw TransparencyLogError.invalidHash("a hash must be written as hexadecimal digits")
        }
        try self.init(bytes: bytes)
    }

    /// Parses a hash from standard, padded, canonical base64 (RFC 4648 section 4).
    ///
    /// - Parameter base64: The base64 text.
    /// - Throws: ``TransparencyLogError/Code/invalidHash`` when the text is not canonical base64 of 32 bytes.
    public init(base64: some StringProtocol) throws {
        guard let bytes = Base64.decode(base64) else {
            throw TransparencyLogError.invalidHash("a hash must be written in standard padded base64")
        }
        try self.init(bytes: bytes)
    }
}
