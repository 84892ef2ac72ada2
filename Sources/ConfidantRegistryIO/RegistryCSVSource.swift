import ConfidantCore
import ConfidantStore
import Foundation
import Synchronization

/// Streams a registry CSV file as batches of validated patients.
///
/// The header is checked when the source is created. Records are then parsed
/// (``CSVRecordReader``), validated (``RegistryCSVRowDecoder``) and checked for NHS
/// numbers seen twice in the file on a thread of their own, a batch or two ahead
/// of the store. The first problem stops the import with a ``RegistryFileError``
/// naming its line and column.
public final class RegistryCSVSource: PatientBatchSource {
    private let prefetcher: BatchPrefetcher<[Patient]>
    private let progress: Progress

    /// Opens a CSV file and checks its header.
    ///
    /// - Parameters:
    ///   - path: the file; `-` reads standard input.
    ///   - batchSize: patients per batch.
    /// - Throws: ``RegistryFileError`` if the file cannot be read or its header is wrong.
    public init(path: String, batchSize: Int = 10_000) throws {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw RegistryFileError(.file, "cannot read the file (does it exist?)")
            }
            handle = opened
        }
        let reader = CSVRecordReader(handle: handle)
        let header: [String]
        do {
            guard let first = try reader.next(), first != [""] else {
                throw RegistryFileError(.csv(line: 1, column: nil), "the file is empty; a header row is required")
            }
            header = first
        } catch let failure as CSVRecordReader.Failure {
            throw RegistryFileError(.csv(line: failure.line, column: nil), failure.message)
        }
        let parser = Parser(
            reader: reader, header: header, decoder: try RegistryCSVRowDecoder(header: header), batchSize: batchSize)
        self.progress = parser.progress
        self.prefetcher = BatchPrefetcher { try parser.nextBatch() }
    }

    /// About how many bytes of the file have been read, for progress bars.
    public var bytesRead: Int { progress.bytes.load(ordering: .relaxed) }

    public func nextBatch() throws -> [Patient]? {
        try prefetcher.next()
    }

    /// Shared progress counters, updated by the parsing thread.
    final class Progress: Sendable {
        let bytes = Atomic<Int>(0)
    }

    /// The parsing state, owned by the prefetcher's thread.
    private final class Parser: @unchecked Sendable {
        // @unchecked: only the prefetcher's single producer thread calls nextBatch().
        let reader: CSVRecordReader
        let header: [String]
        let decoder: RegistryCSVRowDecoder
        let batchSize: Int
        let progress = Progress()
        var seen = Set<UInt64>()
        /// One record's fields, reused from record to record.
        var fields: [String] = []

        init(reader: CSVRecordReader, header: [String], decoder: RegistryCSVRowDecoder, batchSize: Int) {
            self.reader = reader
            self.header = header
            self.decoder = decoder
            self.batchSize = batchSize
        }

        func nextBatch() throws -> [Patient]? {
            var batch: [Patient] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize {
                let line = reader.line
                do {
                    guard try reader.next(into: &fields) else { break }
                } catch let failure as CSVRecordReader.Failure {
                    let column = failure.field.flatMap { $0 <= header.count ? header[$0 - 1] : nil }
                    throw RegistryFileError(.csv(line: failure.line, column: column), failure.message)
                }
                if fields.count == 1, fields[0].isEmpty { continue }  // a blank line
                let patient = try decoder.patient(fields, line: line)
                guard seen.insert(patient.nhsNumber.value).inserted else {
                    throw RegistryFileError(
                        .csv(line: line, column: RegistryCSVColumn.nhsNumber.rawValue),
                        "this NHS number already appeared earlier in the file")
                }
                batch.append(patient)
            }
            progress.bytes.store(reader.bytesRead, ordering: .relaxed)
            return batch.isEmpty ? nil : batch
        }
    }
}
