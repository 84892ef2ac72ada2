import ConfidantStore

/// One row of `trace_block`: every (blocking key, NHS number) pair whose key falls in one
/// bucket, packed into a BLOB in ascending order.
///
/// The SQLite store's blocking index used to be a row per pair, `blocking_key (key,
/// nhs_number)`: about 11.5 rows a patient, and SQLite's cheapest bulk path for
/// 11.5 million sorted rows alone took 4.6 s, nearly the whole budget of a
/// 1,000,000-patient import (`docs/performance.md`). A key is a 64-bit hash, so its top
/// ``bucketBits`` bits spread the pairs evenly over 2^18 (262,144) buckets: at 1,000,000
/// patients a bucket holds about 44 entries (440 bytes, one page), at 10,000,000 about
/// 440 (4.4 KB), and a lookup reads one row by its integer primary key and binary-searches it.
///
/// The entries are sorted by (key, NHS number) with no repeats, so one key's patients are
/// contiguous and in NHS number order, the order PostgreSQL's `blocking_key` index gives
/// them. How each is stored is its ``Layout``: ``Layout/packed`` since `v7-packed-trace-blocks`.
struct TraceBlock {
    /// The bits of a key that choose its bucket. Stored blocks depend on it: changing it
    /// needs a migration that refiles every entry.
    static let bucketBits = 18

    /// How a stored block lays out its entries.
    enum Layout {
        /// 16 bytes an entry: the key, then the NHS number, each a little-endian `Int64`. How
        /// `v6-trace-blocks` stored them; only the migration that repacks them reads it.
        case wide
        /// 10 bytes an entry: one little-endian 80-bit number, the key's low 46 bits (its
        /// bucket is the rest) then the NHS number's 34 (ten digits fit). A third smaller than
        /// ``wide``: the blocks were 40 % of a registry's file, and an import writes them all
        /// in its last second, alone (`docs/performance.md`).
        case packed

        /// Bytes an entry.
        var entrySize: Int {
            switch self {
            case .wide: 16
            case .packed: 10
            }
        }
    }

    /// The key bits a ``Layout/packed`` entry keeps.
    private static let lowKeyBits = 64 - bucketBits
    private static let lowKeyMask: UInt64 = (1 << lowKeyBits) - 1
    /// The NHS number bits a ``Layout/packed`` entry keeps: enough for ten digits.
    private static let nhsNumberBits = 80 - lowKeyBits

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
    /// - Parameters:
    ///   - bucket: the block's bucket, which a ``Layout/packed`` entry's key leaves out.
    ///   - layout: how the block was stored.
    /// - Throws: ``ConfidantStore/StoreError`` (`corrupt`) if the length is not a whole
    ///   number of entries or the entries are not strictly ascending.
    init(decoding bytes: UnsafeRawBufferPointer, bucket: Int64, layout: Layout = .packed) throws {
        guard bytes.count.isMultiple(of: layout.entrySize) else {
            throw StoreError.corrupt("a stored trace block has a partial entry")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / layout.entrySize)
        for index in 0..<bytes.count / layout.entrySize {
            let entry = Self.entry(index, in: bytes, bucket: bucket, layout: layout)
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
    func encode(into bytes: inout [UInt8], layout: Layout = .packed) {
        Self.encode(entries, into: &bytes, layout: layout)
    }

    /// Appends the encoding of `entries` (ascending, distinct) to `bytes`.
    ///
    /// In the ``Layout/packed`` layout every entry must be in one bucket and its NHS number
    /// ten digits at most, as the writer files them.
    static func encode(_ entries: some RandomAccessCollection<Entry>, into bytes: inout [UInt8], layout: Layout) {
        // Stored in place: appending eight bytes at a time was a tenth of the import's last
        // second, when the writer files every bucket alone.
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: entries.count * layout.entrySize))
        bytes.withUnsafeMutableBytes { bytes in
            var offset = start
            for entry in entries {
                switch layout {
                case .wide:
                    bytes.storeBytes(of: entry.key.littleEndian, toByteOffset: offset, as: Int64.self)
                    bytes.storeBytes(of: entry.nhsNumber.littleEndian, toByteOffset: offset + 8, as: Int64.self)
                case .packed:
                    assert(bucket(of: entry.key) == bucket(of: entries.first!.key), "one bucket a block")
                    assert(entry.nhsNumber >= 0 && entry.nhsNumber >> nhsNumberBits == 0, "ten digits")
                    let number = UInt64(bitPattern: entry.nhsNumber)
                    let low = UInt64(bitPattern: entry.key) & lowKeyMask | number << lowKeyBits
                    bytes.storeBytes(of: low.littleEndian, toByteOffset: offset, as: UInt64.self)
                    let high = UInt16(truncatingIfNeeded: number >> (64 - lowKeyBits))
                    bytes.storeBytes(of: high.littleEndian, toByteOffset: offset + 8, as: UInt16.self)
                }
                offset += layout.entrySize
            }
        }
    }

    /// The NHS numbers filed under `key` in a stored ``Layout/packed`` block (the bucket of
    /// `key`), ascending, at most `limit`, read in place.
    ///
    /// - Throws: ``ConfidantStore/StoreError`` (`corrupt`) if the length is not a whole number of entries.
    static func nhsNumbers(forKey key: Int64, in bytes: UnsafeRawBufferPointer, limit: Int) throws -> [Int64] {
        let layout = Layout.packed
        guard bytes.count.isMultiple(of: layout.entrySize) else {
            throw StoreError.corrupt("a stored trace block has a partial entry")
        }
        let bucket = bucket(of: key)
        let count = bytes.count / layout.entrySize
        var index = lowerBound(Entry(key: key, nhsNumber: .min), in: count) {
            entry($0, in: bytes, bucket: bucket, layout: layout)
        }
        var found: [Int64] = []
        while index < count, found.count < limit {
            let entry = entry(index, in: bytes, bucket: bucket, layout: layout)
            guard entry.key == key else { break }
            found.append(entry.nhsNumber)
            index += 1
        }
        return found
    }

    /// The entry at `index` of a stored block of `bucket`.
    private static func entry(_ index: Int, in bytes: UnsafeRawBufferPointer, bucket: Int64, layout: Layout) -> Entry {
        let offset = index * layout.entrySize
        switch layout {
        case .wide:
            return Entry(
                key: Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)),
                nhsNumber: Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: Int64.self)))
        case .packed:
            let low = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let high = UInt64(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt16.self)))
            return Entry(
                key: bucket << lowKeyBits | Int64(bitPattern: low & lowKeyMask),
                nhsNumber: Int64(bitPattern: low >> lowKeyBits | high << (64 - lowKeyBits)))
        }
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
