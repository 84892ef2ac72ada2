import ConfidantCore

/// Reads dates of birth written in the ways people write them in the UK.
///
/// Accepted: `1980-03-07`, `1980/03/07`, `07/03/1980`, `7-3-1980`, `7.3.1980`, `07031980`,
/// `19800307`, `7 March 1980`, `7th Mar 1980`, `07-Mar-1980`, `March 7, 1980`, and, when a
/// reference date is given, two-digit years (`7/3/80`, `7 Mar 80`), which are read as the
/// latest year not after the reference date. Numeric dates are day first; a middle number
/// above 12 is taken as a month-first (US) date, since that is the only valid reading.
public enum DateParser {
    /// The date the text denotes, or `nil` when it is not a recognisable, existing date.
    ///
    /// - Parameters:
    ///   - text: the date as written.
    ///   - referenceDate: "today", needed only to place two-digit years.
    public static func parse(_ text: some StringProtocol, referenceDate: CalendarDate? = nil) -> CalendarDate? {
        let tokens = tokenize(text)
        switch tokens.count {
        case 1:
            guard case .number(let digits) = tokens[0] else { return nil }
            return compact(digits, referenceDate)
        case 3:
            return threePart(tokens, referenceDate)
        default:
            return nil
        }
    }

    private enum Token: Equatable {
        case number(String)
        case month(Int)
    }

    private static func tokenize(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        for word in NameNormalizer.fold(text).split(separator: " ") {
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty {
                let rest = word.dropFirst(digits.count)
                guard rest.isEmpty || ["ST", "ND", "RD", "TH"].contains(String(rest)) else { return [] }
                tokens.append(.number(String(digits)))
            } else if let month = months[String(word)] {
                tokens.append(.month(month))
            } else {
                return []
            }
        }
        return tokens
    }

    /// `DDMMYYYY`, `YYYYMMDD` or `DDMMYY`.
    private static func compact(_ digits: String, _ reference: CalendarDate?) -> CalendarDate? {
        let value = Array(digits.utf8).map { Int($0) - 48 }
        func number(_ range: Range<Int>) -> Int { value[range].reduce(0) { $0 * 10 + $1 } }
        switch value.count {
        case 8:
            let yearFirst = number(0..<4)
            if (1850...2100).contains(yearFirst), let date = make(yearFirst, number(4..<6), number(6..<8)) {
                return date
            }
            return make(number(4..<8), number(2..<4), number(0..<2))
        case 6:
            guard let year = fullYear(number(4..<6), digits: 2, reference) else { return nil }
            return make(year, number(2..<4), number(0..<2))
        default:
            return nil
        }
    }

    private static func threePart(_ tokens: [Token], _ reference: CalendarDate?) -> CalendarDate? {
        switch (tokens[0], tokens[1], tokens[2]) {
        case (.number(let a), .number(let b), .number(let c)):
            if a.count == 4 { return make(Int(a), Int(b), Int(c)) }
            guard let year = fullYear(Int(c), digits: c.count, reference), let first = Int(a), let second = Int(b)
            else { return nil }
            if second > 12, first <= 12 { return make(year, first, second) }
            return make(year, second, first)
        case (.number(let year), .month(let month), .number(let day)) where year.count == 4:
            return make(Int(year), month, Int(day))
        case (.number(let day), .month(let month), .number(let year)):
            return make(fullYear(Int(year), digits: year.count, reference), month, Int(day))
        case (.month(let month), .number(let day), .number(let year)):
            return make(fullYear(Int(year), digits: year.count, reference), month, Int(day))
        default:
            return nil
        }
    }

    private static func fullYear(_ year: Int?, digits: Int, _ reference: CalendarDate?) -> Int? {
        guard let year else { return nil }
        switch digits {
        case 4: return year
        case 2:
            guard let reference else { return nil }
            let candidate = reference.year - reference.year % 100 + year
            return candidate > reference.year ? candidate - 100 : candidate
        default: return nil
        }
    }

    private static func make(_ year: Int?, _ month: Int?, _ day: Int?) -> CalendarDate? {
        guard let year, let month, let day else { return nil }
        return try? CalendarDate(year: year, month: month, day: day)
    }

    private static let months: [String: Int] = {
        let names = [
            "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
            "NOVEMBER", "DECEMBER",
        ]
        var table: [String: Int] = ["SEPT": 9]
        for (offset, name) in names.enumerated() {
            table[name] = offset + 1
            table[String(name.prefix(3))] = offset + 1
        }
        return table
    }()
}
