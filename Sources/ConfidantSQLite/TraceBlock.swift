import ConfidantStore

/// One row of `trace_block`: every (blocking key, NHS number) pair whose key falls in one
/// bucket, packed into a BLOB in ascending order.
///
/// The SQLite store's blocking index used to be a row per pair, `blocking_key (key,
/// nhs_number)`: about 11.5 rows a patient, and SQLite's cheapest bulk path for
/// 11.5 million sorted rows alone took 4.6 s, nearly the whole budget of a
/// 1,000,000-patient import (`docs/performance.md`). A key is a 64-bit hash, so its top
/// ``bucketBits`` bits spread the pairs evenly over 2^18 (262,144) buckets: at 1,000,000
/// patients a bucket holds about 44 entries (700 bytes, one page), at 10,000,000 about
/// 440 (7 KB), and a lookup reads one row by its integer primary key and binary-searches it.
///
/// The encoding is a sequence of ``entrySize``-byte entries, each the key then the NHS
/// number as little-endian `Int64`, sorted by (key, NHS number) with no repeats, so one
/// key's patients are contiguous and in NHS number order, the order PostgreSQL's
/// `blocking_key` index gives them.
struct TraceBlock {
    /// The bits of a key that choose its bucket. Stored blocks depend on it: changing it
    /// needs a migration that refiles every entry.
    static let bucketBits = 18
    /// Bytes an entry.
    static let entrySize = 16

    /// The bucket a key is filed in: its top ``bucketBits`` bits, sign included, so buckets
    /// ascend as keys do and a sorted import appends them in rowid order.
    static func bucket(of key: Int64) -> Int64 {
        key >> (64 - bucketBits)
    }

    typealias Entry = BlockingKeySorter.Row

    /// The entries, ascending.
    private(set) var entries: [Entry]

    init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Decodes a stored block.
    ///
    /// - Throws: ``ConfidantStore/StoreError`` (`corrupt`) if the length is not a whole
    ///   number of entries or the entries are not strictly ascending.
    init(decoding bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count.isMultiple(of: Self.entrySize) else {
            throw StoreError.corrupt("a stored trace block has a partial entry")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / Self.entrySize)
        for offset in stride(from: 0, to: bytes.count, by: Self.entrySize) {
            let entry = Self.entry(at: offset, in: bytes)
            if let last = entries.last, !(last < entry) {
                throw StoreError.corrupt("a stored trace block is out of order")
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Adds entries that are ascending among themselves; pairs already present are kept once.
    mutating func merge(_ sorted: some Collection<Entry>) {
        guard let first = sorted.first else { return }
        if entries.last.map({ $0 < first }) ?? true {
            entries.append(contentsOf: sorted)
            return
        }
        var merged: [Entry] = []
        merged.reserveCapacity(entries.count + sorted.count)
        var old = entries.makeIterator()
        var new = sorted.makeIterator()
        var a = old.next()
        var b = new.next()
        while let x = a, let y = b {
            if x < y {
                merged.append(x)
                a = old.next()
            } else if y < x {
                merged.append(y)
                b = new.next()
            } else {
                merged.append(x)
                a = old.next()
                b = new.next()
            }
        }
        while let x = a {
            merged.append(x)
            a = old.next()
        }
        while let y = b {
            merged.append(y)
            b = new.next()
        }
        entries = merged
    }

    /// Removes one pair if present.
    mutating func remove(_ entry: Entry) {
        let index = Self.lowerBound(entry, in: entries.count) { entries[$0] }
        if index < entries.count, entries[index] == entry { entries.remove(at: index) }
    }

    /// Appends the encoding to `bytes`.
    func encode(into bytes: inout [UInt8]) {
        // Stored in place: appending eight bytes at a time was a tenth of the import's last
        // second, when the writer files every bucket alone.
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: entries.count * Self.entrySize))
        bytes.withUnsafeMutableBytes { bytes in
            var offset = start
            for entry in entries {
                bytes.storeBytes(of: entry.key.littleEndian, toByteOffset: offset, as: Int64.self)
                bytes.storeBytes(of: entry.nhsNumber.littleEndian, toByteOffset: offset + 8, as: Int64.self)
                offset += Self.entrySize
            }
        }
    }

    /// The NHS numbers filed under `key` in an encoded block, ascending, at most `limit`,
    /// read in place.
    ///
    /// - Throws: ``ConfidantStore/StoreError`` (`corrupt`) if the length is not a whole number of entries.
    static func nhsNumbers(forKey key: Int64, in bytes: UnsafeRawBufferPointer, limit: Int) throws -> [Int64] {
        guard bytes.count.isMultiple(of: entrySize) else {
            throw StoreError.corrupt("a stored trace block has a partial entry")
        }
        let count = bytes.count / entrySize
        var index = lowerBound(Entry(key: key, nhsNumber: .min), in: count) { entry(at: $0 * entrySize, in: bytes) }
        var found: [Int64] = []
        while index < count, found.count < limit {
            let entry = entry(at: index * entrySize, in: bytes)
            guard entry.key == key else { break }
            found.append(entry.nhsNumber)
            index += 1
        }
        return found
    }

    private static func entry(at offset: Int, in bytes: UnsafeRawBufferPointer) -> Entry {
        Entry(
            key: Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)),
            nhsNumber: Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: Int64.self)))
    }

    /// The first index in `0..<count` whose entry is not below `target`.
    private static func lowerBound(_ target: Entry, in count: Int, _ entry: (Int) -> Entry) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if entry(middle) < target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
