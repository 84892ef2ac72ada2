import ConfidantCore
import ConfidantGateway
import ConfidantRegistryIO
import Foundation

/// A CSV batch body (see docs/requests-csv.md) as batch items, each with its line.
enum RequestCSV {
    /// - Throws: ``ConfidantGateway/GatewayError/invalid(_:)`` naming the line and column
    ///   of a malformed file; then no item of it is submitted.
    static func items(_ data: Data) throws -> [BatchSubmission.Item] {
        do {
            let reader = try DisclosureRequestCSVReader(bytes: Array(data))
            return try reader.documents().enumerated().map { index, row in
                BatchSubmission.Item(index: index, line: row.line, document: row.document)
            }
        } catch let error as RegistryFileError {
            throw GatewayError.invalid([.invalidFormat("body", error.description)])
        }
    }
}
