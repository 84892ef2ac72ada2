import ConfidantCore
import ConfidantStore
import Foundation
import Synchronization

/// Streams a registry CSV file as batches of validated patients.
///
/// The header is checked when the source is created. The rest of the file is cut into
/// chunks of whole records (``CSVChunker``), and several threads parse and validate
/// chunks at once (``RegistryCSVRowDecoder``), each preparing its own batch for the store
/// too when the store asks for that (``prepared(_:)``). Batches come back in file order,
/// and NHS numbers seen twice in the file are caught then, in order, so the first problem
/// in the file is the one reported, as a ``RegistryFileError`` naming its line and column.
public final class RegistryCSVSource: PatientBatchSource {
    private let chunks: Chunks
    private let decoder: RegistryCSVRowDecoder
    private let header: [String]
    private let workers: Int
    /// What ``nextBatch()`` reads, made on its first call.
    private let plain = Mutex<(any BatchStream<[Patient]>)?>(nil)
    /// Whether the file is being read: it is read once, by one set of threads.
    private let started = Atomic<Bool>(false)

    /// Opens a CSV file and checks its header.
    ///
    /// - Parameters:
    ///   - path: the file; `-` reads standard input.
    ///   - chunkSize: bytes of records a batch is cut from (about 7,000 registry records a MiB).
    ///   - workers: threads that parse and validate at once; by default one a core, at least two.
    /// - Throws: ``RegistryFileError`` if the file cannot be read or its header is wrong.
    public init(path: String, chunkSize: Int = 1 << 20, workers: Int = defaultWorkers) throws {
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
            throw RegistryFileError(failure)
        }
        self.decoder = try RegistryCSVRowDecoder(header: header)
        self.header = header
        self.workers = max(1, workers)
        chunks = Chunks(
            CSVChunker(handle: handle, pending: reader.unparsed, line: reader.line, size: max(1, chunkSize)),
            headerBytes: reader.bytesRead)
    }

    /// Parsing threads by default: one a core, at least two, at most eight.
    public static var defaultWorkers: Int { min(max(ProcessInfo.processInfo.activeProcessorCount, 2), 8) }

    /// About how many bytes of the file have been read, for progress bars.
    public var bytesRead: Int { chunks.bytes.load(ordering: .relaxed) }

    public func nextBatch() throws -> [Patient]? {
        let stream = plain.withLock { stream in
            if stream == nil { stream = prepared { $0 } }
            return stream!
        }
        return try stream.next()
    }

    public func prepared<Prepared: Sendable>(_ prepare: @escaping @Sendable ([Patient]) -> Prepared)
        -> any BatchStream<Prepared>
    {
        precondition(!started.exchange(true, ordering: .relaxed), "a registry CSV source is read once")
        let (chunks, decoder, header) = (self.chunks, self.decoder, self.header)
        let decoded = OrderedBatchWorkers(
            workers: workers, depth: workers + 2,
            take: { try chunks.next() },
            work: { chunk in DecodedChunk(chunk, decoder: decoder, header: header, prepare: prepare) })
        return CheckedBatches(decoded)
    }

    /// The chunker, which the workers call one at a time, and the progress it has made.
    private final class Chunks: @unchecked Sendable {
        // @unchecked: `chunker` is used only inside `next()`, which ``OrderedBatchWorkers``
        // calls from one worker at a time.
        private let chunker: CSVChunker
        private let headerBytes: Int
        let bytes = Atomic<Int>(0)

        init(_ chunker: CSVChunker, headerBytes: Int) {
            self.chunker = chunker
            self.headerBytes = headerBytes
        }

        func next() throws -> CSVChunker.Chunk? {
            defer { bytes.store(headerBytes + chunker.bytesRead, ordering: .relaxed) }
            do {
                return try chunker.next()
            } catch let failure as CSVRecordReader.Failure {
                throw RegistryFileError(failure)
            }
        }
    }
}

/// One chunk of records decoded, and prepared if every record was valid.
struct DecodedChunk<Prepared: Sendable>: Sendable {
    /// The valid patients' NHS numbers and lines, up to the first problem.
    var numbers: [UInt64] = []
    var lines: [Int] = []
    var prepared: Prepared?
    /// The chunk's first problem; the patients after it were not read.
    var failure: RegistryFileError?

    /// Parses and validates every record of `chunk`, then prepares the batch; runs on a worker.
    init(
        _ chunk: CSVChunker.Chunk, decoder: RegistryCSVRowDecoder, header: [String],
        prepare: ([Patient]) -> Prepared
    ) {
        let reader = CSVRecordReader(bytes: chunk.bytes, line: chunk.line)
        var patients: [Patient] = []
        var fields: [String] = []
        do {
            while true {
                let line = reader.line
                do {
                    guard try reader.next(into: &fields) else { break }
                } catch let failure as CSVRecordReader.Failure {
                    throw RegistryFileError(
                        failure, column: failure.field.flatMap { $0 <= header.count ? header[$0 - 1] : nil })
                }
                if fields.count == 1, fields[0].isEmpty { continue }  // a blank line
                let patient = try decoder.patient(fields, line: line)
                numbers.append(patient.nhsNumber.value)
                lines.append(line)
                patients.append(patient)
            }
        } catch let error as RegistryFileError {
            failure = error
        } catch {
            failure = RegistryFileError(.file, "the file could not be read")
        }
        if failure == nil, !patients.isEmpty { prepared = prepare(patients) }
    }
}

/// Hands the decoded chunks on in file order, first checking that no NHS number came twice.
///
/// The check runs here, in order, rather than on the workers: a number's first appearance
/// may be in a chunk another worker is still reading.
final class CheckedBatches<Prepared: Sendable>: BatchStream, @unchecked Sendable {
    // @unchecked: `seen` is used only by `next()`, which the import's one consumer calls.
    private let decoded: OrderedBatchWorkers<DecodedChunk<Prepared>>
    private var seen = NumberSet()

    init(_ decoded: OrderedBatchWorkers<DecodedChunk<Prepared>>) {
        self.decoded = decoded
    }

    deinit {
        decoded.cancel()
    }

    func next() throws -> Prepared? {
        while let chunk = try decoded.next() {
            for (number, line) in zip(chunk.numbers, chunk.lines) where !seen.insert(number) {
                throw RegistryFileError(
                    .csv(line: line, column: RegistryCSVColumn.nhsNumber.rawValue),
                    "this NHS number already appeared earlier in the file")
            }
            if let failure = chunk.failure { throw failure }
            if let prepared = chunk.prepared { return prepared }
        }
        return nil
    }

    func cancel() {
        decoded.cancel()
    }
}
