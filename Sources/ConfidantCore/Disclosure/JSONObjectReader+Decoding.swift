extension JSONObjectReader {
    /// Decodes through the same validation as ``read(_:kind:path:_:)``, so `Codable`
    /// and the HTTP layer accept exactly the same documents.
    ///
    /// - Throws: `DecodingError.dataCorrupted` listing every problem found.
    static func decode<T: Sendable>(
        _ decoder: any Decoder, kind: String, _ body: (inout JSONObjectReader) -> T?
    ) throws -> T {
        let json = try JSONValue(from: decoder)
        switch read(json, kind: kind, body) {
        case .valid(let value):
            return value
        case .invalid(let problems):
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: problems.map(\.description).joined(separator: "; ")))
        }
    }

    /// The codes of `values` in their declaration order, so encoding a set is deterministic.
    static func sorted<E: CaseIterable & Hashable>(_ values: Set<E>) -> [E] {
        E.allCases.filter { values.contains($0) }
    }
}
