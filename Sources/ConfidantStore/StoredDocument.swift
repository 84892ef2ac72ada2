import ConfidantCore
import Foundation

/// The JSON form in which both adapters keep agencies, officers and agreements.
///
/// Reading a document back goes through the same validation as an API body, so a row
/// edited by hand into something invalid is reported as corrupt, not trusted.
public enum StoredDocument {
    /// The value's JSON, keys sorted, so equal values are stored as equal bytes.
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return Array(try encoder.encode(value))
        } catch {
            throw StoreError.invalidInput(error)
        }
    }

    /// Decodes a stored document.
    ///
    /// - Throws: ``StoreError`` `corrupt`, naming `what`, if the bytes are not a valid document.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], what: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw StoreError.corrupt("a stored \(what) is not valid", underlying: error)
        }
    }
}
