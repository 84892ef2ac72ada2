import ConfidantCore

/// One of a profile's addresses, reduced to what tracing compares.
struct ProfileAddress: Hashable, Sendable {
    var isCurrent: Bool
    var postcode: PackedPostcode?
    /// Tokens of the street lines (``AddressNormalizer/tokens(lines:)``).
    var tokens: [String]

    /// The profile of an address, from its lines and postcode: ``TraceProfile`` reads just
    /// these where the address lies, as passing the address itself copied all of it.
    init(lines: [String], postcode: Postcode?, isCurrent: Bool) {
        self.isCurrent = isCurrent
        self.postcode = postcode.map(PackedPostcode.init)
        tokens = AddressNormalizer.tokens(lines: lines)
    }

    init(isCurrent: Bool, postcode: PackedPostcode?, tokens: [String]) {
        self.isCurrent = isCurrent
        self.postcode = postcode
        self.tokens = tokens
    }
}
