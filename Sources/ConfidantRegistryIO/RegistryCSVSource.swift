import CSV
import ConfidantCore
import ConfidantStore
import Foundation
import Synchronization

/// Streams a registry CSV file as batches of validated patients.
///
/// Parsing (RFC 4180, UTF-8) is done by CSV.swift; this type adds what an import
/// needs on top: the header check, per-field validation, line numbers that stay
/// right when quoted fields span lines, and rejection of an NHS number seen twice
/// in one file. The first problem stops the import with a ``RegistryFileError``.
public final class RegistryCSVSource: PatientBatchSource {
    private struct State {
        let reader: CSVReader
        let decoder: RegistryCSVRowDecoder
        /// The line the next record starts on.
        var line = 2
        var seen = Set<UInt64>()
        var finished = false
        var bytes = 0
    }

    private let state: Mutex<State>
    private let batchSize: Int

    /// Opens a CSV file and checks its header.
    ///
    /// - Parameters:
    ///   - path: the file; `-` reads standard input.
    ///   - batchSize: patients per batch.
    /// - Throws: ``RegistryFileError`` if the file cannot be read or its header is wrong.
    public init(path: String, batchSize: Int = 10_000) throws {
        let stream: InputStream?
        if path == "-" {
            stream = InputStream(fileAtPath: "/dev/stdin")
        } else {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw RegistryFileError(.file, "cannot read the file (does it exist?)")
            }
            stream = InputStream(fileAtPath: path)
        }
        guard let stream else { throw RegistryFileError(.file, "cannot open the file") }
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, codecType: UTF8.self, hasHeaderRow: false)
        } catch {
            throw RegistryFileError(.file, "cannot read the file as UTF-8 CSV")
        }
        guard let header = reader.next() else {
            throw RegistryFileError(.csv(line: 1, column: nil), reader.error == nil ? "the file is empty" : "cannot read the header")
        }
        let decoder = try RegistryCSVRowDecoder(header: header)
        self.state = Mutex(State(reader: reader, decoder: decoder))
        self.batchSize = batchSize
    }

    /// About how many bytes of the file have been read (quotes are not counted), for progress bars.
    public var bytesRead: Int { state.withLock { $0.bytes } }

    public func nextBatch() throws -> [Patient]? {
        try state.withLock { state in
            guard !state.finished else { return nil }
            var batch: [Patient] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize, let fields = state.reader.next() {
                let line = state.line
                // A record spans one line plus one for every line break inside its quoted fields.
                state.line += 1 + fields.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
                state.bytes += fields.reduce(fields.count) { $0 + $1.utf8.count }
                if fields.count == 1, fields[0].isEmpty { continue }  // blank line
                let patient = try state.decoder.patient(fields, line: line)
                guard state.seen.insert(patient.nhsNumber.value).inserted else {
                    throw RegistryFileError(
                        .csv(line: line, column: RegistryCSVColumn.nhsNumber.rawValue),
                        "this NHS number already appeared earlier in the file")
                }
                batch.append(patient)
            }
            if let error = state.reader.error {
                throw RegistryFileError(.csv(line: state.line, column: nil), Self.describe(error))
            }
            if batch.count < batchSize { state.finished = true }
            return batch.isEmpty ? nil : batch
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case CSVError.unicodeDecoding: "the file is not valid UTF-8"
        default: "the file could not be read"
        }
    }
}
