import PostgresNIO

/// A `text[]` bind whose elements may be NULL, which postgres-nio's `[String]` cannot
/// express. Lets one `UPDATE … FROM UNNEST(…)` rewrite a whole batch of rows.
struct PostgresTextArray: PostgresNonThrowingEncodable {
    static var psqlType: PostgresDataType { .textArray }
    static var psqlFormat: PostgresFormat { .binary }

    var elements: [String?]

    init(_ elements: [String?]) {
        self.elements = elements
    }

    /// The binary array format of `array_recv`: dimensions, has-nulls flag, element
    /// type, then per dimension its length and lower bound, then each element as a
    /// length (-1 for NULL) and its bytes.
    func encode<JSONEncoder: PostgresJSONEncoder>(
        into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        buffer.writeInteger(elements.isEmpty ? 0 : 1, as: Int32.self)
        buffer.writeInteger(elements.contains(nil) ? 1 : 0, as: Int32.self)
        buffer.writeInteger(PostgresDataType.text.rawValue)
        guard !elements.isEmpty else { return }
        buffer.writeInteger(Int32(elements.count))
        buffer.writeInteger(1, as: Int32.self)
        for element in elements {
            if let element {
                buffer.writeInteger(Int32(element.utf8.count))
                buffer.writeString(element)
            } else {
                buffer.writeInteger(-1, as: Int32.self)
            }
        }
    }
}
