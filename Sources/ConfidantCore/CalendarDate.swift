/// A date on the Gregorian calendar with no time or time zone: a birth date,
/// a registration date, the start of an address period.
///
/// Stored and exchanged as ISO 8601 `YYYY-MM-DD`. Construction rejects impossible
/// dates (31 April, 29 February outside leap years, month 13).
public struct CalendarDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, checking that it exists.
    ///
    /// - Throws: ``CalendarDateError/impossible`` for a day that is not on the calendar.
    public init(year: Int, month: Int, day: Int) throws(CalendarDateError) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { throw .impossible }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    ///
    /// - Throws: ``CalendarDateError/malformed`` for any other shape, ``CalendarDateError/impossible``
    ///   for a well-formed date that does not exist.
    public init(iso text: some StringProtocol) throws(CalendarDateError) {
        try self.init(parsingISO: text)
    }

    /// The same, for a `String`.
    ///
    /// Declared apart from the generic form so that the parser is specialized for `String` in
    /// this module: called from another module (a CSV import, millions of times), the generic
    /// form ran unspecialized, through protocol witnesses for every byte.
    public init(iso text: String) throws(CalendarDateError) {
        try self.init(parsingISO: text)
    }

    /// The parser behind both forms.
    private init(parsingISO text: some StringProtocol) throws(CalendarDateError) {
        // Read from the text's own bytes: copying them into an array first was an allocation
        // for each of the several dates of every imported record.
        let parts =
            text.utf8.withContiguousStorageIfAvailable(Self.isoParts)
            ?? Array(text.utf8).withUnsafeBufferPointer(Self.isoParts)
        guard let parts else { throw .malformed }
        try self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// Year, month and day of `YYYY-MM-DD`, or `nil` if the bytes are not of that form.
    private static func isoParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    /// Creates the date that is `days` after 1970-01-01 (negative for earlier).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days, exact for the proleptic Gregorian calendar.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01; the inverse of ``init(daysSinceEpoch:)``.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` later (or earlier, for a negative count).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        // Imports format several dates a patient: ten bytes written in place, not six strings joined.
        if hasFourDigitYear {
            return String(unsafeUninitializedCapacity: 10) { bytes in
                writeISO(into: UnsafeMutableRawBufferPointer(bytes))
                return 10
            }
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Appends ``description``'s UTF-8 bytes to `bytes`, without making the string: an
    /// import writes several dates a patient straight into the buffer it binds from.
    public func appendISO(to bytes: inout [UInt8]) {
        guard hasFourDigitYear else {
            bytes.append(contentsOf: description.utf8)
            return
        }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 10))
        bytes.withUnsafeMutableBytes { writeISO(into: UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
    }

    /// Whether the ISO form is exactly ten bytes.
    private var hasFourDigitYear: Bool { (0...9999).contains(year) }

    /// Writes `YYYY-MM-DD` into the first ten bytes of `bytes`; the year has four digits.
    private func writeISO(into bytes: UnsafeMutableRawBufferPointer) {
        func put(_ value: Int, at offset: Int, width: Int) {
            var rest = value
            var index = offset + width
            while index > offset {
                index -= 1
                bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        put(year, at: 0, width: 4)
        bytes[4] = UInt8(ascii: "-")
        put(month, at: 5, width: 2)
        bytes[7] = UInt8(ascii: "-")
        put(day, at: 8, width: 2)
    }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(iso: try container.decode(String.self))
        } catch let error as CalendarDateError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Why a text is not a usable calendar date.
public enum CalendarDateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not in the form `YYYY-MM-DD`.
    case malformed
    /// Well formed, but no such day exists (for example 2023-02-29).
    case impossible

    public var description: String {
        switch self {
        case .malformed: "dates are written YYYY-MM-DD"
        case .impossible: "no such day on the calendar"
        }
    }
}
