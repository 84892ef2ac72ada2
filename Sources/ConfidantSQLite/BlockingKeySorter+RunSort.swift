extension BlockingKeySorter {
    /// Bits of a key that the first pass of ``sortRun(_:)`` distributes rows by.
    static let radixBits = 16

    /// Sorts a run of rows into primary-key order, `(key, nhs_number)` ascending.
    ///
    /// Keys are 64-bit hashes, spread evenly, so a counting sort on their top ``radixBits``
    /// bits leaves buckets of a few rows each (16 for a run of 1 Mi rows), which are then
    /// sorted in place. That is two passes over the run instead of the twenty-odd of a
    /// comparison sort, which had taken a core for about a second of a 1,000,000-patient
    /// import (`docs/performance.md`). Rows with keys bunched together (as in tests) are
    /// still sorted correctly, only with larger buckets. The rows are distributed into a new
    /// array, so a run needs twice its memory while it is sorted.
    static func sortRun(_ rows: inout [Row]) {
        guard rows.count > 1 << 10 else {
            rows.sort()
            return
        }
        let bucketCount = 1 << radixBits
        // starts[b] is where bucket b begins in the sorted run; starts[bucketCount] is the end.
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        rows.withUnsafeBufferPointer { rows in
            for row in rows { starts[radix(of: row.key) + 1] += 1 }
        }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var sorted = [Row](unsafeUninitializedCapacity: rows.count) { output, initialized in
            var next = starts
            rows.withUnsafeBufferPointer { rows in
                for row in rows {
                    let bucket = radix(of: row.key)
                    output.initializeElement(at: next[bucket], to: row)
                    next[bucket] += 1
                }
            }
            initialized = rows.count
        }
        sorted.withUnsafeMutableBufferPointer { output in
            for bucket in 0..<bucketCount where starts[bucket + 1] - starts[bucket] > 1 {
                sortBucket(UnsafeMutableBufferPointer(rebasing: output[starts[bucket]..<starts[bucket + 1]]))
            }
        }
        rows = sorted
    }

    /// The bucket of a key: its top ``radixBits`` bits with the sign bit flipped, so buckets
    /// ascend as the signed keys do.
    @inline(__always)
    static func radix(of key: Int64) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) ^ (1 << 63)) >> (64 - radixBits))
    }

    /// Sorts one bucket: by insertion when it is as small as buckets of spread keys are.
    private static func sortBucket(_ rows: UnsafeMutableBufferPointer<Row>) {
        guard rows.count <= 32 else {
            var rows = rows
            rows.sort()
            return
        }
        for index in 1..<rows.count {
            let row = rows[index]
            var hole = index
            while hole > 0, row < rows[hole - 1] {
                rows[hole] = rows[hole - 1]
                hole -= 1
            }
            rows[hole] = row
        }
    }
}
