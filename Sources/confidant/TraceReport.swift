import ConfidantCore
import ConfidantStore
import ConfidantTrace
import Foundation
import Logging

/// Trace results for people: the outcome, then every candidate and why it scored as it did.
enum TraceReport {
    static func print(_ result: TraceResult) {
        var lines = ["outcome: \(result.outcome.rawValue)" + (result.stage.map { " (\($0.rawValue) search)" } ?? "")]
        if let matched = result.matchedNHSNumber { lines.append("matched: \(matched)") }
        if let reason = result.reason { lines.append("reason: \(reason)") }
        for candidate in result.candidates {
            let flags = [candidate.isRestricted ? "restricted" : nil, candidate.isDeceased ? "deceased" : nil]
                .compactMap { $0 }
            lines.append(
                "  \(candidate.nhsNumber)  p=\(String(format: "%.4f", candidate.probability))  weight \(String(format: "%.1f", candidate.matchWeight))"
                    + (flags.isEmpty ? "" : "  [\(flags.joined(separator: ", "))]"))
            lines.append(
                "    " + candidate.agreement.map { "\($0.comparison)=\($0.level)" }.joined(separator: " ")
                    + "  found by " + candidate.foundBy.map(\.rawValue).joined(separator: ","))
        }
        Output.line(lines.joined(separator: "\n"))
    }

    /// One CSV row of a batch result: `query_id,nhs_number,score,outcome,candidates`.
    static func csvRow(id: String, _ result: TraceResult) -> String {
        var row = csvField(id) + "," + (result.matchedNHSNumber?.description ?? "") + ","
        row += result.candidates.first.map { sixDecimals($0.probability) } ?? ""
        row += "," + result.outcome.rawValue + ","
        for (position, candidate) in result.candidates.enumerated() {
            row += (position == 0 ? "" : ";") + candidate.nhsNumber.description + ":"
            row += sixDecimals(candidate.probability)
        }
        return row + "\n"
    }

    /// `value` as `String(format: "%.6f")` writes it, through the C library's `vsnprintf`
    /// directly: Foundation's formatter costs about 1.5 µs a number on Linux, and a batch
    /// writes one for every candidate of every query.
    static func sixDecimals(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            let count = withVaList([value]) { vsnprintf(buffer.baseAddress, 32, "%.6f", $0) }
            guard count > 0, count < 32 else { return String(format: "%.6f", value) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(count)), as: UTF8.self)
        }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
