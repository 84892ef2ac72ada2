import ConfidantCore
import Foundation

/// Reads a batch of disclosure requests from CSV (header row, RFC 4180, UTF-8).
///
/// Each row becomes the JSON request document that
/// `DisclosureRequest.validate(_:id:receivedOn:)` reads, so every rule about the
/// fields stays in one place and a row's problems come back from validation, each
/// naming its field. This reader only refuses what cannot be turned into a document:
/// a bad header, malformed CSV, a row of the wrong width, a number column holding
/// something else. Those are ``RegistryFileError``s naming the line and column,
/// never the value (requests are about people).
///
/// An empty cell leaves its key out of the document; list cells are split at `;`
/// (`subject_given_names` at spaces). The columns are ``DisclosureRequestCSVColumn``.
public final class DisclosureRequestCSVReader {
    private let reader: CSVRecordReader
    /// The column of each position in the header.
    private let columns: [DisclosureRequestCSVColumn]

    /// Opens `path` and checks its header.
    ///
    /// - Throws: ``RegistryFileError`` if the file cannot be read or its header is wrong.
    public convenience init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RegistryFileError(.file, "cannot read the file (does it exist?)")
        }
        try self.init(handle: handle)
    }

    /// Reads from `handle` and checks the header.
    ///
    /// - Throws: ``RegistryFileError`` if the file is empty or its header is wrong.
    public convenience init(handle: FileHandle) throws {
        try self.init(reader: CSVRecordReader(handle: handle))
    }

    /// Reads a batch already in memory (an uploaded body) and checks the header.
    ///
    /// - Throws: ``RegistryFileError`` if it is empty or its header is wrong.
    public convenience init(bytes: [UInt8]) throws {
        try self.init(reader: CSVRecordReader(bytes: bytes))
    }

    private init(reader: CSVRecordReader) throws {
        self.reader = reader
        let header: [String]
        do {
            guard let first = try reader.next(), first != [""] else {
                throw RegistryFileError(.csv(line: 1, column: nil), "the file is empty; a header row is required")
            }
            header = first
        } catch let failure as CSVRecordReader.Failure {
            throw RegistryFileError(failure)
        }
        columns = try Self.columns(header)
    }

    /// The next request document and the line its row starts on, or `nil` at the end.
    ///
    /// Blank lines are skipped.
    ///
    /// - Throws: ``RegistryFileError`` naming the line (and column, when known) of a
    ///   malformed record, a row of the wrong width, or a number column that is not a number.
    public func next() throws -> (line: Int, document: JSONValue)? {
        var record: [String] = [""]
        var line = reader.line
        while record == [""] {
            line = reader.line
            do {
                guard let next = try reader.next() else { return nil }
                record = next
            } catch let failure as CSVRecordReader.Failure {
                throw RegistryFileError(failure, column: name(of: failure.field))
            }
        }
        guard record.count == columns.count else {
            throw RegistryFileError(
                .csv(line: line, column: nil),
                "expected \(columns.count) fields, found \(record.count) (check the quoting and the commas)")
        }
        return (line, try Self.document(Array(zip(columns, record)), line: line))
    }

    /// Every remaining request document, each with the line its row starts on.
    ///
    /// - Throws: ``RegistryFileError`` for the first row that cannot be read; no documents are returned then.
    public func documents() throws -> [(line: Int, document: JSONValue)] {
        var documents: [(line: Int, document: JSONValue)] = []
        while let next = try next() { documents.append(next) }
        return documents
    }

    /// The name of the header column at a 1-based position, if there is one.
    private func name(of position: Int?) -> String? {
        guard let position, columns.indices.contains(position - 1) else { return nil }
        return columns[position - 1].rawValue
    }
}
