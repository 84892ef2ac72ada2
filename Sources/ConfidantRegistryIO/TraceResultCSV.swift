import ConfidantCore
import ConfidantTrace

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes batch trace results as CSV (`confidant trace --batch --out`): one row a query,
/// `query_id,nhs_number,score,outcome,candidates`.
///
/// `score` is the top candidate's match probability with six decimals, `nhs_number` is
/// empty unless the outcome is `match`, and `candidates` lists every candidate as
/// `NHS_NUMBER:PROBABILITY`, separated by `;`, best first.
///
/// Rows are appended as bytes to a caller's buffer: a batch writes one probability for
/// every candidate of every query, about twenty a row, and building a `String` for
/// each (through `String(format:)`, about 1.5 µs on Linux) cost a third of a batch's time.
public enum TraceResultCSV {
    /// The header row, with its line break.
    public static let header = "query_id,nhs_number,score,outcome,candidates\n"

    /// Appends the row of one query's result, with its line break.
    ///
    /// - Parameters:
    ///   - id: the query's `query_id`, quoted as RFC 4180 requires if it holds a comma, quote or line break.
    ///   - result: what the query traced to.
    ///   - out: the buffer to append to.
    public static func appendRow(id: String, _ result: TraceResult, to out: inout [UInt8]) {
        CSVField.append(id, to: &out)
        out.append(comma)
        if let matched = result.matchedNHSNumber { appendNHSNumber(matched, to: &out) }
        out.append(comma)
        if let top = result.candidates.first { appendSixDecimals(top.probability, to: &out) }
        out.append(comma)
        out.append(contentsOf: result.outcome.rawValue.utf8)
        out.append(comma)
        for (position, candidate) in result.candidates.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ";")) }
            appendNHSNumber(candidate.nhsNumber, to: &out)
            out.append(UInt8(ascii: ":"))
            appendSixDecimals(candidate.probability, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// Appends `value` exactly as `String(format: "%.6f", value)` writes it.
    ///
    /// Values from 0 to 1,000 (probabilities are at most 1) are scaled by a million and
    /// rounded in integers. Below a billion the scaled double is within a ten-millionth of
    /// the exact product, so it rounds the same way as the C library (which rounds the
    /// exact binary value, halves to even) unless it lies within a millionth of a half;
    /// those few, and anything negative (-0 too), larger or not finite, go through `vsnprintf` itself.
    static func appendSixDecimals(_ value: Double, to out: inout [UInt8]) {
        let scaled = value * 1_000_000
        if value.sign == .plus, value <= 1_000 {
            let floor = scaled.rounded(.down)
            let fraction = scaled - floor
            if abs(fraction - 0.5) > 1e-6 {
                let units = UInt64(floor) + (fraction > 0.5 ? 1 : 0)
                appendDigits(units / 1_000_000, minimumCount: 1, to: &out)
                out.append(UInt8(ascii: "."))
                appendDigits(units % 1_000_000, minimumCount: 6, to: &out)
                return
            }
        }
        appendFormatted(value, to: &out)
    }

    /// The C library's own `%.6f`, for the values ``appendSixDecimals(_:to:)`` cannot round safely.
    private static func appendFormatted(_ value: Double, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
            // `%.6f` of the largest double is 316 characters.
            let count = withVaList([value]) { vsnprintf(buffer.baseAddress, 400, "%.6f", $0) }
            guard count > 0 else { return }
            let written = UnsafeRawBufferPointer(start: buffer.baseAddress, count: min(Int(count), 399))
            out.append(contentsOf: written)
        }
    }

    /// The NHS number's ten digits, leading zeros kept (its `description`).
    private static func appendNHSNumber(_ number: NHSNumber, to out: inout [UInt8]) {
        appendDigits(number.value, minimumCount: 10, to: &out)
    }

    /// `value` in decimal, zero-padded on the left to `minimumCount` digits.
    private static func appendDigits(_ value: UInt64, minimumCount: Int, to out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // 32 bytes, room for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value
            repeat {
                buffer[31 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            while count < minimumCount {
                buffer[31 - count] = UInt8(ascii: "0")
                count += 1
            }
            out.append(contentsOf: buffer[(32 - count)...])
        }
    }

    private static let comma = CSVField.comma
}
