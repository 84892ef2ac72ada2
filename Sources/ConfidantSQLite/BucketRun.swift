/// Consecutive buckets' entries from an import's key merge, grouped by bucket on the merge
/// thread and, for a first load, already encoded, so the writer filing `trace_block` in the
/// import's last second only binds them.
///
/// Grouping and encoding on the writer were a fifth of its time in that second, when it
/// works alone and the merge thread waits on it (`docs/performance.md`).
struct BucketRun: Sendable {
    /// The buckets, ascending.
    private(set) var buckets: [Int64] = []
    private let rows: [TraceBlock.Entry]
    /// Bucket `i`'s entries are `rows[bounds[i]..<bounds[i + 1]]`.
    private var bounds: [Int] = [0]
    /// Bucket `i`'s block, encoded, when made with a layout.
    private var blocks: [BoundValue] = []
    private var bytes = BoundBytes()

    /// Groups `rows` (ascending, distinct) by bucket, and encodes each bucket's block in `layout` if given.
    init(_ rows: [TraceBlock.Entry], encodingAs layout: TraceBlock.Layout?) {
        self.rows = rows
        if layout != nil { bytes.reserveCapacity(rows.count * (layout?.entrySize ?? 0)) }
        var start = 0
        while start < rows.count {
            let bucket = TraceBlock.bucket(of: rows[start].key)
            var end = start + 1
            while end < rows.count, TraceBlock.bucket(of: rows[end].key) == bucket { end += 1 }
            buckets.append(bucket)
            bounds.append(end)
            if let layout {
                blocks.append(
                    bytes.appending(.blob) { TraceBlock.encode(rows[start..<end], into: &$0, layout: layout) })
            }
            start = end
        }
    }

    /// Bucket `index`'s entries, ascending.
    func entries(_ index: Int) -> ArraySlice<TraceBlock.Entry> {
        rows[bounds[index]..<bounds[index + 1]]
    }

    /// Calls `body` with each bucket and its encoded block, read in place from this run's
    /// bytes; only for a run made with a layout.
    func forEachBlock(_ body: (Int64, BoundValue, UnsafeRawPointer) throws -> Void) rethrows {
        precondition(blocks.count == buckets.count, "a run made without a layout has no blocks")
        try bytes.storage.withUnsafeBytes { storage in
            // An empty run's buffer may have no base address; it has no blocks either.
            guard let base = storage.baseAddress else { return }
            for index in buckets.indices { try body(buckets[index], blocks[index], base) }
        }
    }
}
