import ConfidantCore

extension TraceProfile {
    /// The encoding version written as the first byte of ``encoded()``.
    public static let encodingVersion: UInt8 = 1

    /// A compact binary form for the store's profile BLOB: a version byte, fixed-width
    /// little-endian numbers, and strings as a length byte and UTF-8 (names and tokens are
    /// cut at 255 bytes, far beyond any real name).
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96 + names.count * 40 + addresses.count * 32)
        encode(appendingTo: &bytes)
        return bytes
    }

    /// Appends ``encoded()``'s bytes to `bytes`: an import writes each profile straight into
    /// the buffer its rows are bound from, not into an array of its own.
    public func encode(appendingTo bytes: inout [UInt8]) {
        var writer = ByteWriter()
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        writer.u8(Self.encodingVersion)
        writer.u64(nhsNumber.value)
        writer.u8((isRestricted ? 1 : 0) | (isDeceased ? 2 : 0))
        writer.u8(Self.genderCodes.firstIndex(of: gender).map(UInt8.init) ?? 3)
        writer.u16(UInt16(clamping: birthDate.year))
        writer.u8(UInt8(birthDate.month))
        writer.u8(UInt8(birthDate.day))
        writer.string(gpPractice ?? "")
        writer.u8(UInt8(clamping: names.count))
        // By index, fields read in place: `for name in names` copied each name, a retain and a
        // release of every string and array in it.
        for index in names.indices.prefix(255) {
            writer.u8(names[index].isUsual ? 1 : 0)
            writer.phonetic(names[index].family)
            writer.strings(names[index].familyParts)
            writer.strings(names[index].given)
            writer.u8(names[index].firstGiven == nil ? 0 : 1)
            if names[index].firstGiven != nil { writer.phonetic(names[index].firstGiven!) }
        }
        writer.u8(UInt8(clamping: addresses.count))
        for index in addresses.indices.prefix(255) {
            writer.u8((addresses[index].isCurrent ? 1 : 0) | (addresses[index].postcode == nil ? 0 : 2))
            writer.u64(addresses[index].postcode?.value ?? 0)
            writer.strings(addresses[index].tokens)
        }
    }

    /// Decodes a profile written by ``encoded()``.
    ///
    /// - Throws: ``TraceError/Code/unsupportedVersion`` for a version this build does not read,
    ///   ``TraceError/Code/corruptProfile`` for truncated or inconsistent bytes.
    public init(decoding bytes: some Collection<UInt8>) throws {
        if let decoded = try bytes.withContiguousStorageIfAvailable({ try Self.decode($0) }) {
            self = decoded
        } else {
            self = try Array(bytes).withUnsafeBufferPointer { try Self.decode($0) }
        }
    }

    private static func decode(_ buffer: UnsafeBufferPointer<UInt8>) throws -> TraceProfile {
        var reader = ByteReader(buffer: buffer)
        let version = try reader.u8()
        guard version == encodingVersion else {
            throw TraceError.unsupportedVersion("the trace profile was written by an unknown encoding version")
        }
        guard let nhsNumber = try? NHSNumber(value: try reader.u64()) else {
            throw TraceError.corruptProfile("the trace profile holds an invalid NHS number")
        }
        let flags = try reader.u8()
        let genderCode = Int(try reader.u8())
        guard genderCode < genderCodes.count else { throw TraceError.corruptProfile("unknown gender code") }
        let year = Int(try reader.u16())
        let month = Int(try reader.u8())
        let day = Int(try reader.u8())
        guard let birthDate = try? CalendarDate(year: year, month: month, day: day) else {
            throw TraceError.corruptProfile("the trace profile holds an impossible birth date")
        }
        let gp = try reader.string()
        var names: [ProfileName] = []
        let nameCount = Int(try reader.u8())
        names.reserveCapacity(nameCount)
        for _ in 0..<nameCount {
            let isUsual = try reader.u8() == 1
            let family = try reader.phonetic()
            let parts = try reader.strings()
            let given = try reader.strings()
            let first = try reader.u8() == 1 ? try reader.phonetic() : nil
            names.append(
                ProfileName(isUsual: isUsual, family: family, familyParts: parts, given: given, firstGiven: first))
        }
        var addresses: [ProfileAddress] = []
        let addressCount = Int(try reader.u8())
        addresses.reserveCapacity(addressCount)
        for _ in 0..<addressCount {
            let addressFlags = try reader.u8()
            let packed = try reader.u64()
            let tokens = try reader.strings()
            addresses.append(
                ProfileAddress(
                    isCurrent: addressFlags & 1 != 0,
                    postcode: addressFlags & 2 != 0 ? PackedPostcode(rawValue: packed) : nil, tokens: tokens))
        }
        guard reader.isAtEnd else { throw TraceError.corruptProfile("the trace profile has trailing bytes") }
        return TraceProfile(
            nhsNumber: nhsNumber, isRestricted: flags & 1 != 0, isDeceased: flags & 2 != 0,
            gender: genderCodes[genderCode], birthDate: birthDate, gpPractice: gp.isEmpty ? nil : gp,
            names: names, addresses: addresses)
    }

    private static let genderCodes: [Gender] = [.male, .female, .other, .unknown]
}
