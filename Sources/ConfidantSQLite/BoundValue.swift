import ConfidantCore

/// One SQL value of a row, as the import's writer binds it: an integer, NULL, or text or a
/// blob held in a batch's ``BoundBytes``.
///
/// Sixteen bytes and no references: a batch's values are built on the thread that parsed
/// it and read by the writer without a retain, a release or a copy of a string.
struct BoundValue: Sendable {
    enum Kind: UInt8, Sendable {
        case null, integer, text, blob
    }

    let kind: Kind
    /// Bytes of text or a blob.
    let length: Int32
    /// The integer, or where the text or blob starts in its ``BoundBytes``.
    let payload: Int64

    static let null = BoundValue(kind: .null, length: 0, payload: 0)

    static func integer(_ value: Int64) -> BoundValue {
        BoundValue(kind: .integer, length: 0, payload: value)
    }
}

/// The bytes of a batch's text and blob values, one after another.
struct BoundBytes: Sendable {
    private(set) var storage: [UInt8] = []

    mutating func reserveCapacity(_ count: Int) {
        storage.reserveCapacity(count)
    }

    /// `text`'s UTF-8 bytes, or NULL for `nil`.
    mutating func text(_ text: String?) -> BoundValue {
        guard let text else { return .null }
        return appending(.text) { $0.appendUTF8(text) }
    }

    /// A date's ISO form (`YYYY-MM-DD`), or NULL for `nil`.
    mutating func date(_ date: CalendarDate?) -> BoundValue {
        guard let date else { return .null }
        return appending(.text) { date.appendISO(to: &$0) }
    }

    /// The bytes `write` appends, as a value of `kind`.
    mutating func appending(_ kind: BoundValue.Kind, _ write: (inout [UInt8]) -> Void) -> BoundValue {
        let start = storage.count
        write(&storage)
        return BoundValue(kind: kind, length: Int32(storage.count - start), payload: Int64(start))
    }
}
