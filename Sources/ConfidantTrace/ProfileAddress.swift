import ConfidantCore

/// One of a profile's addresses, reduced to what tracing compares.
struct ProfileAddress: Hashable, Sendable {
    var isCurrent: Bool
    var postcode: PackedPostcode?
    /// Tokens of the street lines (``AddressNormalizer/tokens(lines:)``).
    var tokens: [String]

    init(_ address: borrowing Address, isCurrent: Bool) {
        self.isCurrent = isCurrent
        postcode = address.postcode.map(PackedPostcode.init)
        tokens = AddressNormalizer.tokens(lines: address.lines)
    }

    init(isCurrent: Bool, postcode: PackedPostcode?, tokens: [String]) {
        self.isCurrent = isCurrent
        self.postcode = postcode
        self.tokens = tokens
    }
}
