extension PolicyLexer {
    /// The most decimal places a decimal literal may have (values are held in millionths).
    static let decimalPlaces = 6

    /// Reads an integer, a decimal (`0.95`) or a date (`2018-05-09`).
    mutating func readNumber(_ start: SourceLocation) throws(PolicyLoadError) -> PolicyToken.Kind {
        var text = ""
        if peek() == "-" {
            text.append("-")
            advance()
        }
        while let scalar = peek(), Self.isDigit(scalar) || scalar == "-" || scalar == "." {
            text.unicodeScalars.append(scalar)
            advance()
        }
        if let scalar = peek(), Self.isLetter(scalar) {
            throw error(.syntax, "a number cannot run straight into letters ('\(text)\(scalar)…')", start)
        }
        if text.dropFirst().contains("-") {
            return .date(try date(text, start))
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0]), whole.magnitude < 1_000_000_000_000 else {
            throw error(.syntax, "'\(text)' is not a number", start)
        }
        guard parts.count == 2 else { return .integer(whole) }
        let fraction = parts[1]
        guard !fraction.isEmpty, fraction.count <= Self.decimalPlaces, let digits = Int(fraction),
            digits >= 0
        else {
            throw error(.syntax, "a decimal has 1 to \(Self.decimalPlaces) digits after the point", start)
        }
        var scale = 1
        for _ in fraction.count..<Self.decimalPlaces { scale *= 10 }
        let millionths = whole.magnitude * 1_000_000 + UInt(digits * scale)
        return .decimal(text.hasPrefix("-") ? -Int(millionths) : Int(millionths))
    }

    private func date(_ text: String, _ start: SourceLocation) throws(PolicyLoadError) -> CalendarDate {
        do {
            return try CalendarDate(iso: text)
        } catch .malformed {
            throw error(.badDate, "'\(text)' is not a date: dates are written YYYY-MM-DD, e.g. 2018-05-09", start)
        } catch {
            throw self.error(.badDate, "\(text) is not a day on the calendar", start)
        }
    }
}
