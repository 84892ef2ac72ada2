import ConfidantStore
import GRDB

/// Files and removes blocking-key entries in `trace_block` (``TraceBlock``), inside a
/// caller's transaction.
///
/// An import collects its keys in a ``BlockingKeySorter`` and files them at the end in
/// key order, so each bucket is written once. Into an empty index (a first load) every
/// bucket is a plain insert in ascending rowid order, which SQLite appends; otherwise
/// each bucket touched is read, merged and written back.
struct TraceBlockWriter {
    private let select: SQLiteBulkStatement
    private let insert: SQLiteBulkStatement
    private let replace: SQLiteBulkStatement
    private let delete: SQLiteBulkStatement
    /// Whether the index held nothing when this writer was made: buckets need not be read first.
    private let startedEmpty: Bool
    /// How the blocks are stored: ``TraceBlock/Layout/packed`` but in the migration that
    /// introduced blocks, which stored them as they were then.
    private let layout: TraceBlock.Layout

    init(_ db: Database, layout: TraceBlock.Layout = .packed) throws {
        self.layout = layout
        select = try SQLiteBulkStatement(db, sql: "SELECT entries FROM trace_block WHERE bucket = ?")
        insert = try SQLiteBulkStatement(db, sql: "INSERT INTO trace_block (bucket, entries) VALUES (?, ?)")
        replace = try SQLiteBulkStatement(db, sql: "REPLACE INTO trace_block (bucket, entries) VALUES (?, ?)")
        delete = try SQLiteBulkStatement(db, sql: "DELETE FROM trace_block WHERE bucket = ?")
        startedEmpty = try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM trace_block)") ?? false)
    }

    /// Files every entry the sorter holds, and empties it.
    ///
    /// The merge thread groups the entries by bucket (``BucketRun``), and into an empty
    /// index encodes the blocks too, so this thread only binds and inserts them.
    ///
    /// - Throws: ``ConfidantStore/StoreError`` (`corrupt`) if a stored bucket does not decode,
    ///   or SQLite's error.
    func file(_ sorter: BlockingKeySorter) throws {
        let encodeAhead = startedEmpty ? layout : nil
        var bytes: [UInt8] = []
        try sorter.drain(
            cutAt: { TraceBlock.bucket(of: $0.key) }, prepare: { BucketRun($0, encodingAs: encodeAhead) },
            each: { run in
                guard startedEmpty else {
                    for index in run.buckets.indices {
                        try merge(run.entries(index), into: run.buckets[index], &bytes)
                    }
                    return
                }
                try run.forEachBlock { bucket, block, storage in
                    insert.bind(1, bucket)
                    insert.bind(2, block, in: storage)
                    try insert.run()
                }
            })
    }

    /// Removes one patient's entry under `key`, if filed.
    func remove(key: Int64, nhsNumber: Int64) throws {
        let bucket = TraceBlock.bucket(of: key)
        guard var block = try stored(bucket) else { return }
        block.remove(TraceBlock.Entry(key: key, nhsNumber: nhsNumber))
        if block.isEmpty {
            delete.bind(1, bucket)
            try delete.run()
        } else {
            var bytes: [UInt8] = []
            try write(bucket, block, &bytes, with: replace)
        }
    }

    /// Writes one bucket's new entries (ascending, distinct), merged with what it held.
    private func merge(_ entries: ArraySlice<TraceBlock.Entry>, into bucket: Int64, _ bytes: inout [UInt8]) throws {
        var block = try stored(bucket) ?? TraceBlock()
        block.merge(entries)
        try write(bucket, block, &bytes, with: replace)
    }

    private func stored(_ bucket: Int64) throws -> TraceBlock? {
        select.bind(1, bucket)
        return try select.withFirstBlob { bytes in
            try bytes.map { try TraceBlock(decoding: $0, bucket: bucket, layout: layout) }
        }
    }

    private func write(
        _ bucket: Int64, _ block: TraceBlock, _ bytes: inout [UInt8], with statement: SQLiteBulkStatement
    ) throws {
        bytes.removeAll(keepingCapacity: true)
        block.encode(into: &bytes, layout: layout)
        statement.bind(1, bucket)
        statement.bind(2, bytes)
        try statement.run()
    }
}
